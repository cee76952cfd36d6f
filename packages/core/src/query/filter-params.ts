/**
 * A filter as URL parameters and back, with the grammar's own keys (`?type=election&
 * from=2012&topic=death-penalty`): the site's timeline and list pages use this, so a
 * parameter means what the same key means in a query, in the TUI and in the API.
 */
import type { RecordFilter } from "./filter.js";
import { FILTER_KEYS, type FilterKey, readFilterValue } from "./grammar.js";

/**
 * The keys a filter is written with in a URL, in the grammar's order: every grammar key
 * but `year:` and `date:` (which the filter holds as from and to) and `sort:` (not a filter).
 */
type ParamKey = Exclude<FilterKey, "year" | "date" | "sort">;
const isParam = (key: FilterKey): key is ParamKey => key !== "year" && key !== "date" && key !== "sort";
export const FILTER_PARAM_KEYS: readonly ParamKey[] = FILTER_KEYS.filter(isParam);

/** Reads a filter from URL parameters; values of the wrong shape are reported, not used. */
export function filterFromParams(params: URLSearchParams): { filter: RecordFilter; errors: string[] } {
  let filter: RecordFilter = {};
  const errors: string[] = [];
  for (const key of FILTER_PARAM_KEYS) {
    for (const raw of params.getAll(key)) {
      const value = raw.trim().toLowerCase();
      if (!value) continue;
      const read = readFilterValue(filter, key, value);
      if (typeof read === "string") errors.push(read);
      else filter = read;
    }
  }
  return { filter, errors };
}

/** Writes a filter as URL parameters (the inverse of filterFromParams). */
export function filterToParams(filter: RecordFilter): URLSearchParams {
  const params = new URLSearchParams();
  const many = (key: string, values: readonly string[] = []) => {
    for (const v of values) params.append(key, v);
  };
  many("kind", filter.kinds);
  many("type", filter.types);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  many("topic", filter.topicIds);
  many("person", filter.personIds);
  many("org", filter.organizationIds);
  many("source", filter.sourceIds);
  many("perspective", filter.perspectives);
  if (filter.member !== undefined) params.set("member", filter.member ? "yes" : "no");
  return params;
}
