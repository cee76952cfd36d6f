import type { EventKind } from "../schemas/event.js";
import type { RecordKind } from "../schemas/primitives.js";
import type { Perspective } from "../schemas/source.js";
import { endOf, startOf } from "../text/dates.js";

/**
 * The one filter that the timeline, search, the site's filters and the TUI share.
 * Lists mean "any of"; dates are partial ISO dates and bounds are inclusive.
 */
export interface RecordFilter {
  kinds?: readonly RecordKind[];
  /** Event, statement, source or organization kinds (e.g. election, criticism, un-document). */
  types?: readonly string[];
  from?: string;
  to?: string;
  topicIds?: readonly string[];
  personIds?: readonly string[];
  organizationIds?: readonly string[];
  perspectives?: readonly Perspective[];
  sourceIds?: readonly string[];
  /** Only records dated while Kazakhstan was (true) or was not (false) a Council member. */
  member?: boolean;
}

/** The event kinds the timeline can be filtered by. */
export type TimelineKind = EventKind;

/** Sort orders for lists and search results. */
export type SortOrder = "relevance" | "newest" | "oldest";

/** Whether Kazakhstan sat on the Council at a record's date ("uncertain" when a partial date straddles a term's edge). */
export type MembershipStatus = "member" | "not-member" | "uncertain";

/** Everything a filter can test about one record, computed from the record and its relations. */
export interface RecordFacets {
  kind: RecordKind;
  type?: string;
  date?: string;
  /** Membership status at the record's date; absent when the record is undated. */
  member?: MembershipStatus;
  topicIds: string[];
  personIds: string[];
  organizationIds: string[];
  sourceIds: string[];
  perspectives: Perspective[];
}

const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[]) =>
  !wanted || wanted.length === 0 || wanted.some((w) => have.includes(w));

/**
 * True when a record's facets pass every part of the filter. A dated filter drops
 * undated records. Pure and data-free: the site's browser code runs the same test.
 */
export function matchesFilter(facets: RecordFacets, filter: RecordFilter): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(facets.kind)) return false;
  if (filter.types?.length && !(facets.type && filter.types.includes(facets.type))) return false;
  if (filter.from || filter.to || filter.member !== undefined) {
    if (!facets.date) return false;
    if (filter.from && endOf(facets.date) < startOf(filter.from)) return false;
    if (filter.to && startOf(facets.date) > endOf(filter.to)) return false;
    if (filter.member !== undefined && facets.member !== (filter.member ? "member" : "not-member")) return false;
  }
  return (
    anyOf(filter.topicIds, facets.topicIds) &&
    anyOf(filter.personIds, facets.personIds) &&
    anyOf(filter.organizationIds, facets.organizationIds) &&
    anyOf(filter.sourceIds, facets.sourceIds) &&
    anyOf(filter.perspectives, facets.perspectives)
  );
}
