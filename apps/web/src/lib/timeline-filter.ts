/**
 * The timeline's filter state and its URL form (?from=2012&to=2024&type=election…), with
 * the query grammar's own keys and value rules (core's filterFromParams), plus the test
 * an item passes (core's filter). Pure, so the enhancer and tests share it.
 */
import { filterFromParams, matchesFilter, type RecordFacets } from "@kz-hrc/core/search";

export const TIMELINE_KEYS = ["from", "to", "type", "topic", "person", "org", "perspective"] as const;
export type TimelineKey = (typeof TIMELINE_KEYS)[number];

export type TimelineOrder = "newest" | "oldest";

/** What the timeline shows: each key is one chosen value, or absent for "any". */
export type TimelineState = Partial<Record<TimelineKey, string>> & { order: TimelineOrder };

/** What the filter reads from one item of the list (its data-* attributes). */
export interface TimelineItem {
  year: number;
  /** The event kind, or "vote" for a recorded vote. */
  type: string;
  topics: readonly string[];
  people: readonly string[];
  orgs: readonly string[];
  perspectives: readonly string[];
}

export const DEFAULT_ORDER: TimelineOrder = "newest";

const YEAR = /^\d{4}$/;

/** Reads the state from a query string; values the grammar rejects, and dates that are not years, are ignored. */
export function parseTimelineParams(params: URLSearchParams): TimelineState {
  const state: TimelineState = { order: params.get("order") === "oldest" ? "oldest" : DEFAULT_ORDER };
  for (const key of TIMELINE_KEYS) {
    const value = params.get(key)?.trim().toLowerCase();
    if (!value || filterFromParams(new URLSearchParams({ [key]: value })).errors.length > 0) continue;
    if ((key === "from" || key === "to") && !YEAR.test(value)) continue;
    state[key] = value;
  }
  return state;
}

/** Writes the state as query parameters, leaving out "any" and the default order. */
export function toTimelineParams(state: TimelineState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of TIMELINE_KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  if (state.order !== DEFAULT_ORDER) params.set("order", state.order);
  return params;
}

const one = (value: string | undefined) => (value ? [value] : undefined);

/**
 * True when an event passes every chosen filter: the state and the event's facets are
 * put in core's terms and core's own filter test decides, as it does for the API and the TUI.
 */
export function matchesTimeline(item: TimelineItem, state: TimelineState): boolean {
  const facets: RecordFacets = {
    kind: "event",
    type: item.type,
    date: String(item.year),
    topicIds: [...item.topics],
    personIds: [...item.people],
    organizationIds: [...item.orgs],
    sourceIds: [],
    perspectives: item.perspectives as RecordFacets["perspectives"],
  };
  return matchesFilter(facets, {
    from: state.from,
    to: state.to,
    types: one(state.type),
    topicIds: one(state.topic),
    personIds: one(state.person),
    organizationIds: one(state.org),
    perspectives: one(state.perspective) as RecordFacets["perspectives"] | undefined,
  });
}

const list = (value: string | undefined) => (value ? value.split(" ").filter(Boolean) : []);

/** Reads an event's filterable facets from its data-* attributes. */
export function readTimelineItem(dataset: DOMStringMap): TimelineItem {
  return {
    year: Number(dataset.year),
    type: dataset.type ?? "",
    topics: list(dataset.topics),
    people: list(dataset.people),
    orgs: list(dataset.orgs),
    perspectives: list(dataset.perspectives),
  };
}

/** The data-* attributes that carry an item's facets (the inverse of readTimelineItem). */
export function timelineItemAttributes(item: TimelineItem): Record<string, string> {
  return {
    "data-year": String(item.year),
    "data-type": item.type,
    "data-topics": item.topics.join(" "),
    "data-people": item.people.join(" "),
    "data-orgs": item.orgs.join(" "),
    "data-perspectives": item.perspectives.join(" "),
  };
}
