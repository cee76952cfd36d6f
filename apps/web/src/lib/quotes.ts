/**
 * The language of each quote and our translation of it. A quote takes its source's
 * language unless the citation names its own (an English title on a Spanish page); a
 * statement's or recommendation's words take the language of the citation whose quote
 * holds them.
 */
import { type Citation, normalizeForMatch, type Recommendation, type Statement } from "@kz-hrc/core";
import { api } from "./data";

/** A quote's language, and our English translation when it is not in English. */
export interface QuoteLanguage {
  language: string;
  translation?: string;
}

/** The language a citation's quote is in. */
export function citationLanguage(citation: Citation): string {
  return citation.language ?? api.getSource(citation.sourceId)?.language ?? "en";
}

/** A citation's quote with its language and translation. */
export function citationQuote(citation: Citation): QuoteLanguage {
  const language = citationLanguage(citation);
  return language === "en" ? { language } : { language, translation: citation.translation };
}

/**
 * The language of words quoted from one of these citations, and their translation: the
 * record's own (a statement quoting part of a citation), else the citation's when its
 * quote is exactly these words.
 */
export function quoteLanguage(text: string, citations: readonly Citation[], own?: string): QuoteLanguage {
  const wanted = normalizeForMatch(text);
  const holder = citations.find((c) => normalizeForMatch(c.quote).includes(wanted)) ?? citations[0];
  if (!holder) return { language: "en" };
  const language = citationLanguage(holder);
  if (language === "en") return { language };
  return {
    language,
    translation: own ?? (normalizeForMatch(holder.quote) === wanted ? holder.translation : undefined),
  };
}

/** A statement's quote with its language and translation. */
export const statementQuote = (s: Statement): QuoteLanguage => quoteLanguage(s.quote, s.citations, s.translation);

/** A recommendation's words with their language and translation. */
export const recommendationQuote = (r: Recommendation): QuoteLanguage => quoteLanguage(r.text, r.citations);
