import type { RecordKind } from "../schemas/primitives.js";
import type { AnyRecord, Store } from "./store.js";

/** What lists, search results and links need to show any record. */
export interface RecordSummary {
  kind: RecordKind;
  id: string;
  title: string;
  /** Partial ISO date the record is dated by, if it has one. */
  date?: string;
  /** One line of context: a kind, a role, a publisher… */
  subtitle?: string;
}

const humanize = (value: string) => value.replaceAll("-", " ");

/** Title of a record as shown in lists and headings. */
export function titleOf(entry: AnyRecord): string {
  switch (entry.kind) {
    case "person":
    case "organization":
    case "topic":
      return entry.record.name;
    case "statement":
      return `“${entry.record.quote.length > 90 ? `${entry.record.quote.slice(0, 89).trimEnd()}…` : entry.record.quote}”`;
    case "membership-term":
      return `Council membership ${entry.record.start.slice(0, 4)}–${entry.record.end.slice(0, 4)}`;
    case "upr-review":
      return `Universal Periodic Review, cycle ${entry.record.cycle}`;
    case "unknown":
      return entry.record.question;
    default:
      return entry.record.title;
  }
}

/** The date a record is placed at in time, if any. */
export function dateOf(entry: AnyRecord): string | undefined {
  switch (entry.kind) {
    case "event":
    case "statement":
      return entry.record.date;
    case "source":
      return entry.record.published;
    case "membership-term":
      return entry.record.start;
    case "upr-review":
      return entry.record.reviewDate;
    case "reform":
      return entry.record.stages[0]?.date;
    default:
      return undefined;
  }
}

/** The record's own kind within its collection (event kind, source kind…), if it has one. */
export function typeOf(entry: AnyRecord): string | undefined {
  switch (entry.kind) {
    case "event":
    case "statement":
    case "source":
    case "organization":
      return entry.record.kind;
    default:
      return undefined;
  }
}

/** The name of the person or organization a statement is attributed to, if in the store. */
function speakerOf(store: Store, entry: AnyRecord & { kind: "statement" }): string | undefined {
  const by = store.byId.get(entry.record.speakerId ?? entry.record.organizationId ?? "");
  return by?.kind === "person" || by?.kind === "organization" ? by.record.name : undefined;
}

/** Summarizes any record for lists and search results. */
export function summarize(store: Store, entry: AnyRecord): RecordSummary {
  const type = typeOf(entry);
  const date = dateOf(entry);
  let subtitle = type ? humanize(type) : undefined;
  if (entry.kind === "person") subtitle = entry.record.roles[0]?.title;
  // A quote alone does not say who said it: lists show the speaker beside its kind.
  if (entry.kind === "statement") subtitle = [speakerOf(store, entry), subtitle].filter(Boolean).join(" · ") || undefined;
  return {
    kind: entry.kind,
    id: entry.record.id,
    title: titleOf(entry),
    ...(date ? { date } : {}),
    ...(subtitle ? { subtitle } : {}),
  };
}
