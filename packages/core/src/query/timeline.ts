import type { Event } from "../schemas/event.js";
import { compareDates } from "../text/dates.js";
import { byCodePoint } from "../text/order.js";
import { facetsOf } from "./facets.js";
import { matchesFilter, type RecordFilter } from "./filter.js";
import { memo } from "./memo.js";
import type { Store } from "./store.js";

/** Options of the timeline: its filter and its order (oldest first by default). */
export interface TimelineOptions extends RecordFilter {
  order?: "oldest" | "newest";
}

/** Every event matching the filter, in date order. Event kinds are filtered with `types`. */
export function listTimeline(store: Store, options: TimelineOptions = {}): readonly Event[] {
  const { order = "oldest", ...filter } = options;
  const indexed = memo(store, "timeline", () =>
    [...store.data.events]
      .sort((a, b) => compareDates(a.date, b.date) || byCodePoint(a.id, b.id))
      .map((event) => ({ event, facets: facetsOf(store, { kind: "event", record: event }) })),
  );
  const events = indexed.filter(({ facets }) => matchesFilter(facets, filter)).map(({ event }) => event);
  return order === "newest" ? events.reverse() : events;
}
