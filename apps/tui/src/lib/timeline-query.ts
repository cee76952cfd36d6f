import type { Api, Event } from "@kz-hrc/core";
// The grammar entry is data-free: parsing argv does not load the dataset.
import { EVENT_KINDS, parseQuery } from "@kz-hrc/core/grammar";

/** The timeline for a query in the shared grammar, with the query's readable errors. */
export interface TimelineResult {
  events: readonly Event[];
  errors: string[];
}

const isEventKind = (type: string) => (EVENT_KINDS as readonly string[]).includes(type);

/**
 * Events matching a grammar query (`year:2012..2024 type:election topic:x …`), in date
 * order (`sort:newest` reverses it). Free words narrow it to events that search finds.
 */
export function timelineFor(api: Api, query: string): TimelineResult {
  const parsed = parseQuery(query);
  const errors = [...parsed.errors];
  for (const type of parsed.filter.types ?? []) {
    if (!isEventKind(type)) errors.push(`unknown event kind "${type}" (known: ${EVENT_KINDS.join(", ")})`);
  }
  let events = api.listTimeline({ ...parsed.filter, order: parsed.sort === "newest" ? "newest" : "oldest" });
  if (parsed.text) {
    const found = new Set(api.search(`kind:event ${parsed.text}`, { limit: 100_000 }).results.map((r) => r.id));
    events = events.filter((e) => found.has(e.id));
  }
  return { events, errors };
}

/** Timeline flags as they appear on the command line. */
export interface TimelineFlags {
  from?: string;
  to?: string;
  kind?: readonly string[];
  topic?: readonly string[];
  person?: readonly string[];
  org?: readonly string[];
  perspective?: readonly string[];
  source?: readonly string[];
  member?: string;
  order?: string;
}

const token = (key: string, value: string) => `${key}:${/^[^\s"]+$/.test(value) ? value : `"${value.replace(/"/g, "")}"`}`;

/** Writes flags as grammar tokens, so that flags and query strings are checked by the same parser. */
export function flagsToQuery(flags: TimelineFlags): string {
  const parts: string[] = [];
  if (flags.from || flags.to) parts.push(token("date", `${flags.from ?? ""}..${flags.to ?? ""}`));
  const many = (key: string, values?: readonly string[]) => values?.forEach((v) => parts.push(token(key, v)));
  many("type", flags.kind);
  many("topic", flags.topic);
  many("person", flags.person);
  many("org", flags.org);
  many("perspective", flags.perspective);
  many("source", flags.source);
  if (flags.member !== undefined) parts.push(token("member", flags.member));
  if (flags.order !== undefined) parts.push(token("sort", flags.order));
  return parts.join(" ");
}
