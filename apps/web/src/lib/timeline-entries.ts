/**
 * What the timeline lists: every event, and every recorded Council vote (a vote is its
 * own kind of record, but a reader looks for it in time beside the sessions), in date order.
 */
import { compareDates } from "@kz-hrc/core";
import { api } from "./data";
import { humanize } from "./format";

/** One item of the timeline. */
export interface TimelineEntry {
  kind: "event" | "vote";
  id: string;
  title: string;
  date: string;
  endDate?: string;
  /** The value of the timeline's type filter: the event kind, or "vote". */
  type: string;
  /** The type in words. */
  typeLabel: string;
  session?: string;
}

/** The timeline's type filter value and label for a recorded vote. */
export const VOTE_TYPE = { value: "vote", label: "Council vote" } as const;

/** Every event and vote, oldest first or newest first. */
export function timelineEntries(order: "oldest" | "newest" = "oldest"): TimelineEntry[] {
  const events = api.listTimeline().map(
    (e): TimelineEntry => ({
      kind: "event",
      id: e.id,
      title: e.title,
      date: e.date,
      endDate: e.endDate,
      type: e.kind,
      typeLabel: humanize(e.kind),
      session: e.session,
    }),
  );
  const votes = api.listVotes().map(
    (v): TimelineEntry => ({
      kind: "vote",
      id: v.id,
      title: v.title,
      date: v.date,
      type: VOTE_TYPE.value,
      typeLabel: VOTE_TYPE.label,
      session: v.session,
    }),
  );
  const all = [...events, ...votes].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  return order === "newest" ? all.reverse() : all;
}
