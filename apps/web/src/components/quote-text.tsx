import type { QuoteLanguage } from "../lib/quotes";
import { langAttribute, languageName } from "../lib/text";

/**
 * A verbatim quote in its own language (marked with `lang`), and, for a quote not in
 * English, our translation beside it, said to be ours.
 */
export function QuoteText({ text, quote, cite }: { text: string; quote: QuoteLanguage; cite?: string }) {
  const lang = langAttribute(quote.language);
  return (
    <>
      <blockquote cite={cite} lang={lang}>
        <p>{text}</p>
      </blockquote>
      {lang && quote.translation ? <Translation language={quote.language} text={quote.translation} /> : null}
    </>
  );
}

/** Our English translation of a quote, labelled as ours and with the language it is from. */
export function Translation({ language, text }: { language: string; text: string }) {
  return (
    <p className="translation">
      <span className="translation__label">Our translation from {languageName(language)}:</span> {text}
    </p>
  );
}
