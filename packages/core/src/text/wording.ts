/**
 * The record's words, one spelling each, for the site, the terminal and exports alike:
 * kind labels, vocabulary values in words, dates at their precision, plurals. Data-free
 * and zod-free, so browsers can load it.
 */
import { kindEntry, type RecordKind } from "../schemas/kinds.js";
import { precisionOf } from "./dates.js";

/** Singular label of a record kind: "UPR review". */
export function kindLabel(kind: RecordKind): string {
  return kindEntry(kind).one;
}

/** Plural label of a record kind: "UPR reviews". */
export function kindLabelPlural(kind: RecordKind): string {
  return kindEntry(kind).many;
}

const ACRONYMS: readonly [RegExp, string][] = [
  [/\bupr\b/gi, "UPR"],
  [/\bun\b/gi, "UN"],
  [/\bngo\b/gi, "NGO"],
  [/\bhrc\b/gi, "HRC"],
];

/**
 * A membership term's years: `2013-2015`, the value `--term`, `?term=` and completion use;
 * with an en dash (`2013–2015`) for reading.
 */
export function termYears(term: { start: string; end: string }, dash: "-" | "–" = "-"): string {
  return `${term.start.slice(0, 4)}${dash}${term.end.slice(0, 4)}`;
}

/** A kebab-case vocabulary value in words, sentence case: "upr-adoption" → "UPR adoption". */
export function humanize(value: string): string {
  let words = value.replaceAll("-", " ");
  for (const [pattern, acronym] of ACRONYMS) words = words.replace(pattern, acronym);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A count with its noun: "1 event", "3 events", "2 discrepancies" (given the plural). */
export function plural(n: number, one: string, many = `${one}s`): string {
  // Thousands grouped by hand: toLocaleString loads ICU data, a cost at every start-up.
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${grouped} ${n === 1 ? one : many}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A partial ISO date in words at its own precision. Long: 2012, November 2012,
 * 12 November 2012; short: 2012, Nov 2012, 12 Nov 2012. Anything else is returned as is.
 */
export function formatDate(date: string, style: "long" | "short" = "long"): string {
  const [year, month, day] = date.split("-");
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !name) return date;
  const monthName = style === "short" ? name?.slice(0, 3) : name;
  switch (precisionOf(date)) {
    case "year":
      return year ?? date;
    case "month":
      return `${monthName} ${year}`;
    default:
      return `${Number(day)} ${monthName} ${year}`;
  }
}

/** A date range in words, or one date when the end is missing or the same. */
export function formatDateRange(start: string, end?: string, style: "long" | "short" = "long"): string {
  return end && end !== start ? `${formatDate(start, style)} – ${formatDate(end, style)}` : formatDate(start, style);
}

/** How an assessment relates to a claim, in words (no verdict). */
export const RELATION_LABELS = {
  supports: "supports the claim",
  contradicts: "contradicts the claim",
  context: "gives context to the claim",
} as const;

/** Kazakhstan's response to a UPR recommendation, in the report's own terms. */
export const RESPONSE_LABELS = {
  supported: "Supported",
  "supported-implemented": "Supported, considered already implemented",
  "supported-being-implemented": "Supported, considered being implemented",
  "supported-implemented-or-being-implemented": "Supported, considered already implemented or being implemented",
  noted: "Noted",
  pending: "Pending (to be examined)",
  unknown: "Not yet established",
} as const;

/** Whether a response counts as supported in the review's totals. */
export function isSupported(response: keyof typeof RESPONSE_LABELS): boolean {
  return response.startsWith("supported");
}

/** The status of a quote's machine check, in words. */
export const CITATION_STATUS_LABELS = {
  verified: "machine-checked against the archived text",
  unchecked: "not machine-checked",
} as const;
