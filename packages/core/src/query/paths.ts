import { KINDS, kindEntry, RECORD_KINDS, type RecordKind } from "../schemas/kinds.js";

/** The URL segment of each record kind's pages (from the kind registry). */
export const KIND_SEGMENTS: Readonly<Record<RecordKind, string>> = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, KINDS[kind].segment]),
) as Record<RecordKind, string>;

/** The canonical path of a record's page, e.g. `/events/hrc-election-2012/`. */
export function recordPath(kind: RecordKind, id: string): string {
  return `/${kindEntry(kind).segment}/${encodeURIComponent(id)}/`;
}
