/**
 * The query grammar shared by the site, the TUI and library users. It has no data in
 * it, so browser bundles can import it alone (`@kz-hrc/core/grammar`).
 *
 *   free words "exact phrase" kind:statement type:election year:2021..2024
 *   date:2012-11..2013 from:2012 to:2015-06 topic:death-penalty person:<id> org:<id> source:<id>
 *   perspective:civil-society member:yes sort:newest
 */
import type { RecordKind } from "../schemas/primitives.js";
import type { Perspective } from "../schemas/source.js";
import { PERSPECTIVES, RECORD_KINDS } from "../schemas/vocabulary.js";
import { mayPrecede } from "../text/dates.js";
import { PARTIAL_DATE } from "../text/iso-date.js";
import type { RecordFilter, SortOrder } from "./filter.js";

// Event kinds are what `type:` takes on the timeline, and matchesFilter is what a parsed
// filter means: clients use both without data or the search engine.
export { EVENT_KINDS } from "../schemas/vocabulary.js";
export { matchesFilter, type RecordFacets, type RecordFilter } from "./filter.js";

export const MAX_QUERY_LENGTH = 300;

export const FILTER_KEYS = [
  "kind",
  "type",
  "year",
  "date",
  "from",
  "to",
  "topic",
  "person",
  "org",
  "source",
  "perspective",
  "member",
  "sort",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A parsed query: the free text, the filter, the sort, and readable errors. */
export interface ParsedQuery {
  text: string;
  filter: RecordFilter;
  sort: SortOrder;
  errors: string[];
}

// Real dates only: 2012-13-45 or 2011-02-29 is an error, never a silently empty range.
const DATE = PARTIAL_DATE;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN = /(-?[a-z]+:)?"([^"]*)"?|\S+/giu;

function range(value: string, pattern: RegExp): { from?: string; to?: string } | undefined {
  const [lo = "", hi, extra] = value.split("..");
  if (extra !== undefined) return undefined;
  if (hi === undefined) return pattern.test(lo) ? { from: lo, to: lo } : undefined;
  if ((lo && !pattern.test(lo)) || (hi && !pattern.test(hi)) || (!lo && !hi)) return undefined;
  return { ...(lo ? { from: lo } : {}), ...(hi ? { to: hi } : {}) };
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function push<T>(list: readonly T[] | undefined, value: T): T[] {
  return list?.includes(value) ? [...list] : [...(list ?? []), value];
}

/**
 * Adds one filter key's value to a filter, or says what is wrong with it. The grammar,
 * the site's URL parameters and the TUI's flags all read values through this, so a key
 * means one thing everywhere.
 */
export function readFilterValue(
  filter: RecordFilter,
  key: Exclude<FilterKey, "sort">,
  value: string,
): RecordFilter | string {
  switch (key) {
    case "kind":
      return isOneOf(RECORD_KINDS, value)
        ? { ...filter, kinds: push<RecordKind>(filter.kinds, value) }
        : `unknown kind "${value}" (known: ${RECORD_KINDS.join(", ")})`;
    case "perspective":
      return isOneOf(PERSPECTIVES, value)
        ? { ...filter, perspectives: push<Perspective>(filter.perspectives, value) }
        : `unknown perspective "${value}" (known: ${PERSPECTIVES.join(", ")})`;
    case "year":
    case "date": {
      const r = range(value, key === "year" ? /^\d{4}$/ : DATE);
      if (r?.from && r.to && !mayPrecede(r.from, r.to))
        return `"${key}:${value}" runs backwards: ${r.from} comes after ${r.to}`;
      return r
        ? { ...filter, ...r }
        : `"${key}:${value}" is not a ${key} or range such as ${key === "year" ? "2021..2024" : "2012-11..2013"}`;
    }
    case "from":
    case "to":
      return DATE.test(value)
        ? { ...filter, [key]: value }
        : `"${key}:${value}" is not a date such as 2012 or 2012-11-12`;
    case "member":
      if (["yes", "true"].includes(value)) return { ...filter, member: true };
      if (["no", "false"].includes(value)) return { ...filter, member: false };
      return `"member:" takes yes or no`;
  }
  if (!SLUG.test(value)) return `"${key}:${value}" is not an id (ids are kebab-case, like death-penalty)`;
  const fields = {
    type: "types",
    topic: "topicIds",
    person: "personIds",
    org: "organizationIds",
    source: "sourceIds",
  } as const;
  // Own keys only: a key such as __proto__ or toString from a URL must not reach Object.prototype.
  if (!Object.hasOwn(fields, key)) return `unknown filter "${key}:" (known: ${FILTER_KEYS.join(", ")})`;
  const field = fields[key as keyof typeof fields];
  return { ...filter, [field]: push(filter[field], value) };
}

/** Parses a query string; never throws. Unknown filters and bad values become errors. */
export function parseQuery(input: string): ParsedQuery {
  const errors: string[] = [];
  let source = input
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, " ");
  if (source.length > MAX_QUERY_LENGTH) {
    errors.push(`query cut to its first ${MAX_QUERY_LENGTH} characters`);
    source = source.slice(0, MAX_QUERY_LENGTH);
  }
  const words: string[] = [];
  let filter: RecordFilter = {};
  let sort: SortOrder = "relevance";
  for (const match of source.matchAll(TOKEN)) {
    const token = match[0];
    const colon = token.indexOf(":");
    const key = colon > 0 ? token.slice(0, colon).toLowerCase() : "";
    if (!key || !/^[a-z]+$/.test(key) || token.slice(colon).startsWith("://")) {
      words.push(match[2] !== undefined && !match[1] ? `"${match[2]}"` : token);
      continue;
    }
    const value = (match[2] ?? token.slice(colon + 1)).trim().toLowerCase();
    if (!(FILTER_KEYS as readonly string[]).includes(key)) {
      errors.push(`unknown filter "${key}:" (known: ${FILTER_KEYS.join(", ")})`);
      continue;
    }
    if (!value) {
      errors.push(`"${key}:" needs a value`);
      continue;
    }
    if (key === "sort") {
      if (value === "relevance" || value === "newest" || value === "oldest") sort = value;
      else errors.push(`"sort:" takes relevance, newest or oldest`);
      continue;
    }
    const read = readFilterValue(filter, key as Exclude<FilterKey, "sort">, value);
    if (typeof read === "string") errors.push(read);
    else filter = read;
  }
  if (filter.from && filter.to && !mayPrecede(filter.from, filter.to))
    errors.push(`the dates run backwards: ${filter.from} comes after ${filter.to}`);
  return { text: words.join(" ").trim(), filter, sort, errors };
}

function quoteIfNeeded(value: string): string {
  return /\s/.test(value) ? `"${value}"` : value;
}

/** Writes a filter, sort and text back as a query string (the inverse of parseQuery). */
export function formatQuery(parsed: Pick<ParsedQuery, "text" | "filter"> & { sort?: SortOrder }): string {
  const { filter: f } = parsed;
  const parts: string[] = [];
  const many = (key: string, values: readonly string[] = []) => {
    for (const v of values) parts.push(`${key}:${quoteIfNeeded(v)}`);
  };
  many("kind", f.kinds);
  many("type", f.types);
  if (f.from || f.to) {
    const isYears = (!f.from || f.from.length === 4) && (!f.to || f.to.length === 4);
    const value = f.from && f.from === f.to ? f.from : `${f.from ?? ""}..${f.to ?? ""}`;
    parts.push(`${isYears ? "year" : "date"}:${value}`);
  }
  many("topic", f.topicIds);
  many("person", f.personIds);
  many("org", f.organizationIds);
  many("source", f.sourceIds);
  many("perspective", f.perspectives);
  if (f.member !== undefined) parts.push(`member:${f.member ? "yes" : "no"}`);
  if (parsed.sort && parsed.sort !== "relevance") parts.push(`sort:${parsed.sort}`);
  if (parsed.text) parts.push(parsed.text);
  return parts.join(" ");
}
