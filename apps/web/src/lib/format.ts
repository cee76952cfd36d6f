/** Words for the site: dates at their precision, labels for kinds and perspectives. */
import { precisionOf, type RecordKind } from "@kz-hrc/core";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A partial ISO date in words at its own precision: 2012, November 2012, 12 November 2012. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  switch (precisionOf(date)) {
    case "year":
      return year ?? date;
    case "month":
      return `${monthName ?? month} ${year}`;
    default:
      return `${Number(day)} ${monthName ?? month} ${year}`;
  }
}

/** A date range in words, or one date when the end is missing or the same. */
export function formatDateRange(start: string, end?: string): string {
  return end && end !== start ? `${formatDate(start)} – ${formatDate(end)}` : formatDate(start);
}

/** Singular and plural names of each record kind. */
export const KIND_LABELS: Readonly<Record<RecordKind, { one: string; many: string }>> = {
  event: { one: "Event", many: "Events" },
  statement: { one: "Statement", many: "Statements" },
  person: { one: "Person", many: "People" },
  organization: { one: "Organization", many: "Organizations" },
  source: { one: "Source", many: "Sources" },
  topic: { one: "Topic", many: "Topics" },
  "upr-review": { one: "UPR review", many: "UPR reviews" },
  "membership-term": { one: "Membership term", many: "Membership terms" },
  reform: { one: "Reform", many: "Reforms" },
  discrepancy: { one: "Discrepancy", many: "Discrepancies" },
  unknown: { one: "Unknown", many: "Unknowns" },
};

/** What each kind of record is, for index pages. */
export const KIND_DESCRIPTIONS: Readonly<Record<RecordKind, string>> = {
  event: "Elections, Council sessions, reviews, laws and reports, each dated at the precision its sources allow.",
  statement: "Words officials and observers said or wrote, quoted verbatim, with independent assessments beside the claims.",
  person: "People who spoke, led delegations or are named in the record, with their sourced roles.",
  organization: "States, UN bodies, ministries, courts, NGOs and media that appear in the record.",
  source: "Documents, articles and pages the record quotes, with their perspective and what they republish.",
  topic: "Subjects that events, statements and reforms are filed under.",
  "upr-review": "Kazakhstan's Universal Periodic Reviews, cycle by cycle.",
  "membership-term": "Kazakhstan's terms as a member of the Human Rights Council.",
  reform: "Domestic reforms as staged processes: each step with its own date.",
  discrepancy: "Where sources disagree: every variant with its sources, the preferred one and why.",
  unknown: "Facts looked for and not found: not yet established.",
};

/** Who is speaking through a source, in words (core's labels, shared with the terminal UI). */
export { PERSPECTIVE_LABELS } from "@kz-hrc/core";

/** A kebab-case vocabulary value in words: "upr-adoption" → "UPR adoption". */
export function humanize(value: string): string {
  const words = value.replaceAll("-", " ").replace(/\bupr\b/gi, "UPR").replace(/\bun\b/gi, "UN").replace(/\bngo\b/gi, "NGO");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How an assessment relates to a claim, in words (no verdict). */
export const RELATION_LABELS = {
  supports: "supports the claim",
  contradicts: "contradicts the claim",
  context: "gives context to the claim",
} as const;

/** Plural-aware count: "1 event", "3 events". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
