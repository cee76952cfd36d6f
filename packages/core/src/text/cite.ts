/**
 * Ready citations of a record or of one quote on it, as plain text, BibTeX and
 * CSL-JSON, each with the page's address, the date accessed and the dataset version.
 *
 * Built by hand rather than with a citation library: the entries are always the same
 * shape (an online dataset record with a literal author), the formats' rules that apply
 * to it are few (BibTeX's special characters and balanced braces, CSL-JSON's variable
 * names and date parts), and the site, the terminal and the library call this on every
 * record, where a citation processor would add hundreds of kilobytes. The tests check
 * the output with a real BibTeX and CSL processor.
 */

import { recordPath } from "../query/paths.js";
import type { RecordKind } from "../schemas/kinds.js";
import { quoteFingerprint } from "../verify/fingerprint.js";
import { formatDate } from "./wording.js";

/**
 * The production address of the site, used wherever an absolute URL is written (sitemap,
 * feed, downloads, citations) unless SITE_URL says otherwise at build or run time.
 */
export const DEFAULT_SITE_URL = "https://kz-hrc.org";

/** The dataset's name as cited. */
export const DATASET_TITLE = "kz-hrc: Kazakhstan at the UN Human Rights Council";

/** The dataset's author as cited: its contributors, as a body. */
export const DATASET_AUTHOR = "kz-hrc contributors";

export const CITATION_FORMATS = ["text", "bibtex", "csl"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** Where and when a citation is made. */
export interface CiteContext {
  /** The site's address, without a trailing slash. */
  siteUrl: string;
  /** The dataset version cited. */
  version: string;
  /** The date accessed, YYYY-MM-DD. */
  accessed: string;
}

/** The record cited. */
export interface CitedRecord {
  kind: RecordKind;
  id: string;
  title: string;
  /** The record's page, a site path such as `/events/<id>/`. */
  path: string;
}

/** One quote on the record, cited with the source it comes from. */
export interface CitedQuote {
  quote: string;
  sourceTitle?: string;
  publisher?: string;
  locator?: string;
}

/** The stable anchor of a quote on its record's page: its fingerprint, unchanged while the quote is. */
export function quoteAnchor(quote: string): string {
  return `q-${quoteFingerprint(quote)}`;
}

/** The absolute address of a record's page, or of one quote on it. */
export function citedUrl(record: CitedRecord, context: CiteContext, quote?: CitedQuote): string {
  return `${context.siteUrl.replace(/\/+$/, "")}${record.path}${quote ? `#${quoteAnchor(quote.quote)}` : ""}`;
}

/** Where the quote comes from, in words: title, publisher, locator. */
function quoteSource(quote: CitedQuote): string {
  return [quote.sourceTitle, quote.publisher, quote.locator].filter(Boolean).join(", ");
}

/**
 * Plain text, in the order author, title, container, version, address, date accessed. A
 * quote's citation leads with the quote and its source; `withQuote: false` leaves the
 * quote's words out where they are already shown beside it.
 */
export function citationText(
  record: CitedRecord,
  context: CiteContext,
  quote?: CitedQuote,
  { withQuote = true }: { withQuote?: boolean } = {},
): string {
  const cited = `${DATASET_AUTHOR}. “${record.title}.” ${DATASET_TITLE}, dataset version ${context.version}. ${citedUrl(record, context, quote)}. Accessed ${formatDate(context.accessed)}.`;
  if (!quote) return cited;
  const from = quoteSource(quote);
  if (!withQuote) return `${from ? `Quote from ${from}, in: ` : "Quote in: "}${cited}`;
  return `“${quote.quote}”${from ? ` (${from})` : ""}. Quoted in: ${cited}`;
}

/**
 * Escapes text for a braced BibTeX field: the characters LaTeX treats specially become
 * commands, and braces never appear unbalanced (BibTeX counts every brace, escaped or not).
 */
export function bibtexEscape(text: string): string {
  const replacements: Record<string, string> = {
    "\\": "\\textbackslash{}",
    "{": "\\textbraceleft{}",
    "}": "\\textbraceright{}",
    $: "\\$",
    "&": "\\&",
    "%": "\\%",
    "#": "\\#",
    _: "\\_",
    "^": "\\textasciicircum{}",
    "~": "\\textasciitilde{}",
  };
  return text.replace(/[\\{}$&%#_^~]/g, (ch) => replacements[ch] ?? ch);
}

/** A citation key: letters, digits and `-:` only, as BibTeX and biber accept. */
function citationKey(record: CitedRecord, quote?: CitedQuote): string {
  return `kz-hrc:${record.id}${quote ? `:${quoteAnchor(quote.quote)}` : ""}`.replace(/[^A-Za-z0-9:-]/g, "-");
}

/** A BibTeX `@misc` entry (with biblatex's `url`, `urldate` and `version` fields). */
export function citationBibtex(record: CitedRecord, context: CiteContext, quote?: CitedQuote): string {
  const url = citedUrl(record, context, quote);
  const note = [
    quote ? `Quote: “${quote.quote}”${quoteSource(quote) ? ` (${quoteSource(quote)})` : ""}` : undefined,
    `In: ${DATASET_TITLE}, dataset version ${context.version}`,
    `Accessed ${formatDate(context.accessed)}`,
  ]
    .filter(Boolean)
    .join(". ");
  const fields: [string, string][] = [
    ["author", `{${bibtexEscape(DATASET_AUTHOR)}}`],
    ["title", `{${bibtexEscape(record.title)}}`],
    ["howpublished", `\\url{${url.replace(/[%#]/g, (ch) => `\\${ch}`)}}`],
    // biblatex reads url verbatim; only braces would end the field.
    ["url", url.replace(/[{}]/g, encodeURIComponent)],
    ["urldate", context.accessed],
    ["version", bibtexEscape(context.version)],
    ["note", bibtexEscape(note)],
  ];
  return `@misc{${citationKey(record, quote)},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}\n`;
}

/** A CSL-JSON item (an array of one), as reference managers import it. */
export function citationCsl(record: CitedRecord, context: CiteContext, quote?: CitedQuote): Record<string, unknown>[] {
  const [year, month, day] = context.accessed.split("-").map(Number);
  const from = quote ? quoteSource(quote) : "";
  return [
    {
      id: citationKey(record, quote),
      type: "dataset",
      title: record.title,
      "container-title": DATASET_TITLE,
      author: [{ literal: DATASET_AUTHOR }],
      version: context.version,
      URL: citedUrl(record, context, quote),
      accessed: { "date-parts": [[year, month, day]] },
      ...(quote ? { note: `Quote: “${quote.quote}”${from ? ` (${from})` : ""}` } : {}),
    },
  ];
}

/** CSL-JSON as text, indented, with each date's parts on one line. */
export function cslJson(items: readonly Record<string, unknown>[]): string {
  return `${JSON.stringify(items, null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, "[[$1, $2, $3]]")}\n`;
}

/** A citation in the given format, as text. */
export function formatCitation(
  format: CitationFormat,
  record: CitedRecord,
  context: CiteContext,
  quote?: CitedQuote,
): string {
  switch (format) {
    case "text":
      return citationText(record, context, quote);
    case "bibtex":
      return citationBibtex(record, context, quote);
    case "csl":
      return cslJson(citationCsl(record, context, quote));
  }
}

/** Today's date, YYYY-MM-DD (UTC), the default date accessed. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** What a citation needs of the query API. */
export interface CiteApi {
  getSummary(id: string): { kind: RecordKind; id: string; title: string } | undefined;
  getSource(id: string): { title: string; publisherId: string } | undefined;
  getOrganization(id: string): { name: string } | undefined;
}

/** How to cite: the site's address (default: the production address), the date accessed (default: today), a quote. */
export interface CiteOptions {
  siteUrl?: string;
  accessed?: string;
  /** Cite this quote of the record (a citation it carries) rather than the whole record. */
  quote?: { sourceId: string; quote: string; locator?: string };
}

/** The record (and quote) to cite, as the formatters take them; undefined for an unknown id. */
export function citedOf(
  api: CiteApi,
  id: string,
  quote?: CiteOptions["quote"],
): { record: CitedRecord; quote?: CitedQuote } | undefined {
  const summary = api.getSummary(id);
  if (!summary) return undefined;
  const record = {
    kind: summary.kind,
    id: summary.id,
    title: summary.title,
    path: recordPath(summary.kind, summary.id),
  };
  if (!quote) return { record };
  const source = api.getSource(quote.sourceId);
  const publisher = source ? api.getOrganization(source.publisherId)?.name : undefined;
  return {
    record,
    quote: {
      quote: quote.quote,
      ...(source ? { sourceTitle: source.title } : {}),
      ...(publisher ? { publisher } : {}),
      ...(quote.locator ? { locator: quote.locator } : {}),
    },
  };
}

/** A record (or one of its quotes) cited in a format; undefined when no record has the id. */
export function citeIn(
  api: CiteApi,
  version: string,
  id: string,
  format: CitationFormat = "text",
  options: CiteOptions = {},
): string | undefined {
  const cited = citedOf(api, id, options.quote);
  if (!cited) return undefined;
  const context = { siteUrl: options.siteUrl ?? DEFAULT_SITE_URL, version, accessed: options.accessed ?? today() };
  return formatCitation(format, cited.record, context, cited.quote);
}
