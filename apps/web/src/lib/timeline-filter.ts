/**
 * The timeline's filter state and its URL form (?from=2012&to=2024&kind=election…),
 * plus the test an event passes (core's filter). Pure, so the enhancer and tests share it.
 */
import { matchesFilter, type RecordFacets } from "@kz-hrc/core/grammar";

export const TIMELINE_KEYS = ["from", "to", "kind", "topic", "person", "org", "perspective"] as const;
export type TimelineKey = (typeof TIMELINE_KEYS)[number];

export type TimelineOrder = "newest" | "oldest";

/** What the timeline shows: each key is one chosen value, or absent for "any". */
export type TimelineState = Partial<Record<TimelineKey, string>> & { order: TimelineOrder };

/** What the filter reads from one event of the list (its data-* attributes). */
export interface TimelineItem {
  year: number;
  kind: string;
  topics: readonly string[];
  people: readonly string[];
  orgs: readonly string[];
  perspectives: readonly string[];
}

export const DEFAULT_ORDER: TimelineOrder = "newest";

const YEAR = /^\d{4}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the state from a query string; values of the wrong shape are ignored. */
export function parseTimelineParams(params: URLSearchParams): TimelineState {
  const state: TimelineState = { order: params.get("order") === "oldest" ? "oldest" : DEFAULT_ORDER };
  for (const key of TIMELINE_KEYS) {
    const value = params.get(key)?.trim().toLowerCase();
    if (!value) continue;
    if ((key === "from" || key === "to") && !YEAR.test(value)) continue;
    if (key !== "from" && key !== "to" && !SLUG.test(value)) continue;
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
    type: item.kind,
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
    types: one(state.kind),
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
    kind: dataset.kind ?? "",
    topics: list(dataset.topics),
    people: list(dataset.people),
    orgs: list(dataset.orgs),
    perspectives: list(dataset.perspectives),
  };
}

/** The data-* attributes that carry an event's facets (the inverse of readTimelineItem). */
export function timelineItemAttributes(item: TimelineItem): Record<string, string> {
  return {
    "data-year": String(item.year),
    "data-kind": item.kind,
    "data-topics": item.topics.join(" "),
    "data-people": item.people.join(" "),
    "data-orgs": item.orgs.join(" "),
    "data-perspectives": item.perspectives.join(" "),
  };
}
