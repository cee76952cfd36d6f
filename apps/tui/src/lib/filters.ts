import {
  type Api,
  type CouncilVote,
  EVENT_KINDS,
  isSupported,
  kindLabel,
  kindNamed,
  memberPosition,
  PERSPECTIVES,
  type Perspective,
  parseQuery,
  RECOMMENDATION_RESPONSES,
  type Recommendation,
  type RecordFilter,
  type RecordKind,
  type RecordSummary,
  type TimelineOptions,
  termYears,
  VOTES,
} from "@kz-hrc/core";
import type { FlagValues } from "./args.js";
import { fold, lowerFirst, quoteArg } from "./format.js";
import { closest } from "./suggest.js";

/** How a flag is written where the user wrote it: `--topic` on the command line, `topic:` in a filter line. */
export type FlagStyle = "option" | "token";

const flagName = (style: FlagStyle, flag: string) => (style === "option" ? `--${flag}` : `${flag}:`);
const didYouMean = (value: string, candidates: readonly string[]) => {
  const near = closest(value, candidates, 1)[0];
  return near ? ` (did you mean ${near}?)` : "";
};

/** Collects the problems of a set of flags, each naming its flag. */
class Problems {
  readonly errors: string[] = [];
  constructor(readonly style: FlagStyle) {}
  name(flag: string) {
    return flagName(this.style, flag);
  }
  add(flag: string, message: string) {
    this.errors.push(`${this.name(flag)} ${message}`);
  }
  /** A value from a closed list: the value, or a problem with a suggestion and the list. */
  oneOf<T extends string>(flag: string, value: string, allowed: readonly T[], what: string): T | undefined {
    const wanted = value.trim().toLowerCase();
    const found = allowed.find((a) => a === wanted);
    if (found) return found;
    this.add(
      flag,
      `takes ${what}; unknown ${quoteArg(value)}${didYouMean(wanted, allowed)} (known: ${allowed.join(", ")})`,
    );
    return undefined;
  }
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial ISO date that exists: 2012, 2012-11 or 2012-11-12 (not 2012-13, not 2013-02-29). */
export function isPartialDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, year, month, day] = m;
  if (month === undefined) return true;
  const mm = Number(month);
  if (mm < 1 || mm > 12) return false;
  if (day === undefined) return true;
  const last = new Date(Date.UTC(Number(year), mm, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= last;
}

function dates(p: Problems, flags: FlagValues): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  for (const flag of ["from", "to"] as const) {
    const value = flags.get(flag)?.[0];
    if (value === undefined) continue;
    if (isPartialDate(value.trim())) out[flag] = value.trim();
    else p.add(flag, `takes a date such as 2012, 2012-11 or 2012-11-12; ${quoteArg(value)} is not one`);
  }
  if (out.from && out.to && out.from.slice(0, out.to.length) > out.to.slice(0, out.from.length)) {
    p.errors.push(`${p.name("from")} ${out.from} is after ${p.name("to")} ${out.to}`);
  }
  return out;
}

/** The names a record of a kind goes by: its title, and an organization's short name or a person's other names. */
function namesOf(api: Api, kind: RecordKind): { id: string; names: string[] }[] {
  const extra = new Map<string, string[]>();
  if (kind === "organization")
    for (const o of api.listOrganizations()) extra.set(o.id, o.shortName ? [o.shortName] : []);
  if (kind === "person") for (const p of api.listPeople()) extra.set(p.id, p.otherNames ?? []);
  return api.listSummaries(kind).map((s) => ({ id: s.id, names: [s.title, ...(extra.get(s.id) ?? [])] }));
}

/** A record of a kind by its id or by a name, any case and accents (`France`, `france`). */
function recordIds(
  p: Problems,
  api: Api,
  flag: string,
  values: readonly string[] | undefined,
  kind: RecordKind,
  among?: ReadonlySet<string>,
  noun = lowerFirst(kindLabel(kind)),
): string[] {
  if (!values) return [];
  const records = namesOf(api, kind).filter((r) => !among || among.has(r.id));
  return values.flatMap((value) => {
    const wanted = fold(value.trim());
    const found =
      records.find((r) => r.id === value.trim()) ?? records.find((r) => r.names.some((n) => fold(n) === wanted));
    if (found) return [found.id];
    const candidates = records.flatMap((r) => [r.id, ...r.names.filter((n) => n.length <= 40)]);
    p.add(
      flag,
      `takes ${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}'s id or name; no ${noun} ${quoteArg(value)}${didYouMean(wanted, candidates)}`,
    );
    return [];
  });
}

/** The parts of a query line or of positional words: free words, and `-word` to exclude. */
export interface TextFilter {
  include: string[];
  exclude: string[];
}

export function textFilter(text: string): TextFilter {
  const words = fold(text).split(/\s+/).filter(Boolean);
  return {
    include: words.filter((w) => !w.startsWith("-") || w === "-"),
    exclude: words.filter((w) => w.startsWith("-") && w.length > 1).map((w) => w.slice(1)),
  };
}

/** Whether a text passes a text filter (every word, accents and case aside; none of the excluded). */
export function matchesText(haystack: string, filter: TextFilter): boolean {
  if (!filter.include.length && !filter.exclude.length) return true;
  const folded = fold(haystack);
  return filter.include.every((w) => folded.includes(w)) && !filter.exclude.some((w) => folded.includes(w));
}

/** What the timeline shows: core's filter and order, free words for search, and the problems. */
export interface TimelineQuery {
  options: TimelineOptions;
  text: string;
  errors: string[];
}

/** The timeline's flags as core's TimelineOptions, and positional words in the shared grammar. */
export function timelineQuery(api: Api, flags: FlagValues, query: string, style: FlagStyle = "option"): TimelineQuery {
  const p = new Problems(style);
  const filter: { -readonly [K in keyof TimelineOptions]: TimelineOptions[K] } = { ...dates(p, flags) };
  for (const word of flags.get("kind") ?? []) {
    const kind = kindNamed(word);
    if (kind === "event") continue;
    const type = word.trim().toLowerCase();
    if ((EVENT_KINDS as readonly string[]).includes(type))
      p.add(
        "kind",
        `takes a record kind, and the timeline lists events; ${quoteArg(word)} is an event type (did you mean ${p.name("type")} ${type}?)`,
      );
    else if (kind)
      p.add(
        "kind",
        `takes a record kind, and the timeline lists events only; for ${lowerFirst(kindLabel(kind))} records use kz-hrc list ${kind}`,
      );
    else
      p.add(
        "kind",
        `takes a record kind (the timeline lists events); unknown ${quoteArg(word)}${didYouMean(type, [...EVENT_KINDS.map((t) => `${p.name("type")} ${t}`), "event"])}`,
      );
  }
  const types = (flags.get("type") ?? []).flatMap((t) => p.oneOf("type", t, EVENT_KINDS, "an event type") ?? []);
  if (types.length) filter.types = types;
  const ids = (flag: string, kind: RecordKind) => recordIds(p, api, flag, flags.get(flag), kind);
  const topicIds = ids("topic", "topic");
  if (topicIds.length) filter.topicIds = topicIds;
  const personIds = ids("person", "person");
  if (personIds.length) filter.personIds = personIds;
  const organizationIds = ids("org", "organization");
  if (organizationIds.length) filter.organizationIds = organizationIds;
  const sourceIds = ids("source", "source");
  if (sourceIds.length) filter.sourceIds = sourceIds;
  const perspectives = (flags.get("perspective") ?? []).flatMap(
    (v) => p.oneOf<Perspective>("perspective", v, PERSPECTIVES, "a perspective") ?? [],
  );
  if (perspectives.length) filter.perspectives = perspectives;
  const member = flags.get("member")?.[0];
  if (member !== undefined) {
    const answer = p.oneOf("member", member, ["yes", "no"], "yes or no");
    if (answer) filter.member = answer === "yes";
  }
  const order = flags.get("order")?.[0];
  if (order !== undefined) {
    const value = p.oneOf("order", order, ["oldest", "newest"], "oldest or newest");
    if (value) filter.order = value;
  }
  // Positional words are the shared grammar (`year:2012 type:election words`): merged in.
  const parsed = parseQuery(query);
  p.errors.push(...parsed.errors);
  const g = parsed.filter;
  if (g.kinds?.some((k) => k !== "event"))
    p.errors.push(`the timeline lists events; "kind:${g.kinds.find((k) => k !== "event")}" lists nothing here`);
  const merged: TimelineOptions = {
    ...filter,
    ...(g.from && !filter.from ? { from: g.from } : {}),
    ...(g.to && !filter.to ? { to: g.to } : {}),
    ...(g.types ? { types: [...(filter.types ?? []), ...g.types] } : {}),
    ...(g.topicIds ? { topicIds: [...(filter.topicIds ?? []), ...g.topicIds] } : {}),
    ...(g.personIds ? { personIds: [...(filter.personIds ?? []), ...g.personIds] } : {}),
    ...(g.organizationIds ? { organizationIds: [...(filter.organizationIds ?? []), ...g.organizationIds] } : {}),
    ...(g.sourceIds ? { sourceIds: [...(filter.sourceIds ?? []), ...g.sourceIds] } : {}),
    ...(g.perspectives ? { perspectives: [...(filter.perspectives ?? []), ...g.perspectives] } : {}),
    ...(g.member !== undefined && filter.member === undefined ? { member: g.member } : {}),
    ...(parsed.sort === "newest" && !filter.order ? { order: "newest" as const } : {}),
  };
  for (const type of g.types ?? []) {
    if (!(EVENT_KINDS as readonly string[]).includes(type))
      p.errors.push(`"type:${type}" is not an event type${didYouMean(type, EVENT_KINDS)}`);
  }
  return { options: merged, text: parsed.text, errors: p.errors };
}

/** The events a timeline query selects, in date order (or newest first). */
export function timelineEvents(api: Api, query: TimelineQuery): readonly RecordSummary[] {
  let events = api.listTimeline(query.options);
  if (query.text) {
    const found = new Set(api.search(`kind:event ${query.text}`, { limit: 100_000 }).results.map((r) => r.id));
    events = events.filter((e) => found.has(e.id));
  }
  return events.flatMap((e) => api.getSummary(e.id) ?? []);
}

/** A list of one kind narrowed by its flags: core's filter, the kind's own tests, and the problems. */
export interface KindQuery<T> {
  filter: RecordFilter;
  keep: (record: T) => boolean;
  text: TextFilter;
  /** The words a record is found by (the command's free words, the section's filter line). */
  words: (record: T, summary: RecordSummary) => string;
  errors: string[];
}

/** Words every record is found by: its title, context and id. */
export const summaryWords = (s: RecordSummary) => `${s.title} ${s.subtitle ?? ""} ${s.id}`;

/** Responses a `--response` value stands for: `supported` means every supported response. */
function responses(p: Problems, values: readonly string[] | undefined): Recommendation["response"][] {
  return (values ?? []).flatMap((v) => {
    const response = p.oneOf("response", v, RECOMMENDATION_RESPONSES, "a response");
    if (!response) return [];
    return response === "supported" ? RECOMMENDATION_RESPONSES.filter((r) => isSupported(r)) : [response];
  });
}

/** `kz-hrc recommendations` and its section: --cycle, --response, --state, --topic. */
export function recommendationQuery(
  api: Api,
  flags: FlagValues,
  text: string,
  style: FlagStyle = "option",
): KindQuery<Recommendation> {
  const p = new Problems(style);
  const reviews = api.listUprReviews();
  const cycles = reviews.map((r) => String(r.cycle));
  const reviewIds = new Set<string>();
  for (const value of flags.get("cycle") ?? []) {
    const review = reviews.find((r) => String(r.cycle) === value.trim() || r.id === value.trim());
    if (review) reviewIds.add(review.id);
    else
      p.add(
        "cycle",
        `takes a UPR cycle; no cycle ${quoteArg(value)}${didYouMean(value.trim(), cycles)} (known: ${cycles.join(", ")})`,
      );
  }
  const wanted = responses(p, flags.get("response"));
  const states = new Set(api.listRecommendations().flatMap((r) => r.recommendingStateIds));
  const stateIds = recordIds(p, api, "state", flags.get("state"), "organization", states, "recommending state");
  const topicIds = recordIds(p, api, "topic", flags.get("topic"), "topic");
  return {
    filter: {
      kinds: ["recommendation"],
      ...(wanted.length ? { types: wanted } : {}),
      ...(stateIds.length ? { organizationIds: stateIds } : {}),
      ...(topicIds.length ? { topicIds } : {}),
    },
    keep: (r) => reviewIds.size === 0 || reviewIds.has(r.reviewId),
    text: textFilter(text),
    words: (r, s) => `${summaryWords(s)} ${r.number ?? ""} ${r.text}`,
    errors: p.errors,
  };
}

/** Kazakhstan's vote on a recorded vote, or "not-sourced". */
export const kazakhstanVote = (v: CouncilVote) => memberPosition(v)?.vote ?? "not-sourced";

export const VOTE_CHOICES = [...VOTES, "not-sourced"] as const;

/** `kz-hrc votes` and its section: --term, --vote (Kazakhstan's), --topic, --from, --to. */
export function voteQuery(
  api: Api,
  flags: FlagValues,
  text: string,
  style: FlagStyle = "option",
): KindQuery<CouncilVote> {
  const p = new Problems(style);
  const range = dates(p, flags);
  const terms = api.listMembershipTerms();
  const chosen = (flags.get("term") ?? []).flatMap((value) => {
    const v = value.trim().replace(/[–—]/g, "-");
    const term = terms.find((t) => t.id === v || termYears(t) === v || t.start.slice(0, 4) === v);
    if (term) return [term];
    p.add(
      "term",
      `takes a membership term such as ${terms[0] ? termYears(terms[0]) : "2013-2015"}; no term ${quoteArg(value)}${didYouMean(
        v,
        terms.map((t) => termYears(t)),
      )} (known: ${terms.map((t) => termYears(t)).join(", ")})`,
    );
    return [];
  });
  const votes = new Set(
    (flags.get("vote") ?? []).flatMap((v) => p.oneOf("vote", v, VOTE_CHOICES, "Kazakhstan's vote") ?? []),
  );
  const topicIds = recordIds(p, api, "topic", flags.get("topic"), "topic");
  // A term's votes by core's own range test (a vote dated "2022" counts for 2022–2024).
  const inTerms = new Set(
    chosen.flatMap((t) => api.listRecords({ kinds: ["vote"], from: t.start, to: t.end }).map((s) => s.id)),
  );
  return {
    filter: { kinds: ["vote"], ...range, ...(topicIds.length ? { topicIds } : {}) },
    keep: (v) => (votes.size === 0 || votes.has(kazakhstanVote(v))) && (chosen.length === 0 || inTerms.has(v.id)),
    text: textFilter(text),
    words: (v, s) => `${summaryWords(s)} ${v.symbol ?? ""} ${v.session ?? ""}`,
    errors: p.errors,
  };
}

/** Records of a kind, in core's list order, that pass a kind query. */
export function selectRecords<T extends { id: string }>(
  api: Api,
  records: readonly T[],
  query: KindQuery<T>,
): RecordSummary[] {
  const passing = new Set(api.listRecords(query.filter).map((s) => s.id));
  return records.flatMap((record) => {
    if (!passing.has(record.id) || !query.keep(record)) return [];
    const summary = api.getSummary(record.id);
    return summary && matchesText(query.words(record, summary), query.text) ? [summary] : [];
  });
}
