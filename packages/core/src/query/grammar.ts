/**
 * The query grammar shared by the site, the TUI and library users. It has no data in
 * it, so browser bundles can import it alone (`@kz-hrc/core/grammar`).
 *
 *   free words "exact phrase" kind:statement type:election year:2021..2024
 *   date:2012-11..2013 topic:death-penalty person:<id> org:<id> source:<id>
 *   perspective:civil-society member:yes sort:newest
 */
import type { RecordKind } from "../schemas/primitives.js";
import type { Perspective } from "../schemas/source.js";
import { PERSPECTIVES, RECORD_KINDS } from "../schemas/vocabulary.js";
import type { RecordFilter, SortOrder } from "./filter.js";

// Event kinds are what `type:` takes on the timeline, and matchesFilter is what a parsed
// filter means: clients use both without data or the search engine.
export { EVENT_KINDS } from "../schemas/vocabulary.js";
export { matchesFilter, type RecordFacets } from "./filter.js";

export const MAX_QUERY_LENGTH = 300;

export const FILTER_KEYS = ["kind", "type", "year", "date", "topic", "person", "org", "source", "perspective", "member", "sort"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A parsed query: the free text, the filter, the sort, and readable errors. */
export interface ParsedQuery {
  text: string;
  filter: RecordFilter;
  sort: SortOrder;
  errors: string[];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
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

/** Parses a query string; never throws. Unknown filters and bad values become errors. */
export function parseQuery(input: string): ParsedQuery {
  const errors: string[] = [];
  let source = input.normalize("NFKC").replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, " ");
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
    const f = key as FilterKey;
    if (f === "kind") {
      if (isOneOf(RECORD_KINDS, value)) filter = { ...filter, kinds: push<RecordKind>(filter.kinds, value) };
      else errors.push(`unknown kind "${value}" (known: ${RECORD_KINDS.join(", ")})`);
    } else if (f === "perspective") {
      if (isOneOf(PERSPECTIVES, value)) filter = { ...filter, perspectives: push<Perspective>(filter.perspectives, value) };
      else errors.push(`unknown perspective "${value}" (known: ${PERSPECTIVES.join(", ")})`);
    } else if (f === "year" || f === "date") {
      const r = range(value, f === "year" ? /^\d{4}$/ : DATE);
      if (r) filter = { ...filter, ...r };
      else errors.push(`"${key}:${value}" is not a ${f} or range such as ${f === "year" ? "2021..2024" : "2012-11..2013"}`);
    } else if (f === "member") {
      if (["yes", "true"].includes(value)) filter = { ...filter, member: true };
      else if (["no", "false"].includes(value)) filter = { ...filter, member: false };
      else errors.push(`"member:" takes yes or no`);
    } else if (f === "sort") {
      if (value === "relevance" || value === "newest" || value === "oldest") sort = value;
      else errors.push(`"sort:" takes relevance, newest or oldest`);
    } else if (!SLUG.test(value)) {
      errors.push(`"${key}:${value}" is not an id (ids are kebab-case, like death-penalty)`);
    } else if (f === "type") filter = { ...filter, types: push(filter.types, value) };
    else if (f === "topic") filter = { ...filter, topicIds: push(filter.topicIds, value) };
    else if (f === "person") filter = { ...filter, personIds: push(filter.personIds, value) };
    else if (f === "org") filter = { ...filter, organizationIds: push(filter.organizationIds, value) };
    else if (f === "source") filter = { ...filter, sourceIds: push(filter.sourceIds, value) };
  }
  return { text: words.join(" ").trim(), filter, sort, errors };
}

function quoteIfNeeded(value: string): string {
  return /\s/.test(value) ? `"${value}"` : value;
}

/** Writes a filter, sort and text back as a query string (the inverse of parseQuery). */
export function formatQuery(parsed: Pick<ParsedQuery, "text" | "filter"> & { sort?: SortOrder }): string {
  const { filter: f } = parsed;
  const parts: string[] = [];
  const many = (key: string, values?: readonly string[]) => values?.forEach((v) => parts.push(`${key}:${quoteIfNeeded(v)}`));
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
