import type { EventKind } from "../schemas/event.js";
import type { RecordKind } from "../schemas/primitives.js";
import type { Perspective } from "../schemas/source.js";

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
