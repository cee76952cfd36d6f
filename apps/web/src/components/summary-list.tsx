import type { RecordSummary } from "@kz-hrc/core";
import { api } from "../lib/data";
import { KIND_LABELS } from "../lib/format";
import { recommendationQuote, statementQuote } from "../lib/quotes";
import { langAttribute, shortenAtWord } from "../lib/text";
import { urls } from "../lib/urls";
import { DateText } from "./date-text";

/** How long a title may be in a list before it is cut, at a word. */
export const LIST_TITLE_LENGTH = 140;

/**
 * A record's title as a list shows it: whole, or cut at a word with the whole title kept
 * for the link's tooltip; a quote's words marked with their language.
 */
export function listTitle(item: RecordSummary): { text: string; full?: string; lang?: string; quoted: boolean } {
  const entry = api.getRecord(item.id);
  if (entry?.kind === "statement") {
    const text = shortenAtWord(entry.record.quote, LIST_TITLE_LENGTH);
    return {
      text,
      full: text === entry.record.quote ? undefined : entry.record.quote,
      lang: langAttribute(statementQuote(entry.record).language),
      quoted: true,
    };
  }
  const whole =
    entry?.kind === "recommendation"
      ? `${entry.record.number ? `${entry.record.number} ` : ""}${entry.record.text}`
      : item.title;
  const text = shortenAtWord(whole, LIST_TITLE_LENGTH);
  const lang = entry?.kind === "recommendation" ? langAttribute(recommendationQuote(entry.record).language) : undefined;
  return { text, full: text === whole ? undefined : whole, lang, quoted: false };
}

/** A list of records: title linked to its page, then kind, date and one line of context. */
export function SummaryList({
  items,
  showKind = false,
  empty = "None yet.",
}: {
  items: readonly RecordSummary[];
  showKind?: boolean;
  empty?: string;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="record-list">
      {items.map((item) => {
        const title = listTitle(item);
        return (
          <li key={`${item.kind}/${item.id}`}>
            <a href={urls.record(item.kind, item.id)} title={title.full}>
              {title.quoted ? "“" : null}
              {title.lang ? <span lang={title.lang}>{title.text}</span> : title.text}
              {title.quoted ? "”" : null}
            </a>
            <span className="meta">
              {[showKind ? KIND_LABELS[item.kind].one : undefined, item.subtitle].filter(Boolean).join(" · ")}
              {item.date ? (
                <>
                  {showKind || item.subtitle ? " · " : null}
                  <DateText date={item.date} />
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
