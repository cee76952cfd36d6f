import type { RecordKind } from "../schemas/primitives.js";

/** The URL segment of each record kind's pages. */
export const KIND_SEGMENTS: Readonly<Record<RecordKind, string>> = {
  event: "events",
  statement: "statements",
  person: "people",
  organization: "organizations",
  source: "sources",
  topic: "topics",
  "upr-review": "upr",
  "membership-term": "membership",
  reform: "reforms",
  discrepancy: "discrepancies",
  unknown: "unknowns",
};

/** The canonical path of a record's page, e.g. `/events/hrc-election-2012/`. */
export function recordPath(kind: RecordKind, id: string): string {
  return `/${KIND_SEGMENTS[kind]}/${encodeURIComponent(id)}/`;
}
