import type { Api, RecordKind, RecordSummary } from "@kz-hrc/core";
import { COMMAND_FLAGS, type CommandName, type FlagValues } from "./args.js";
import {
  matchesText,
  recommendationQuery,
  selectRecords,
  summaryWords,
  textFilter,
  timelineEvents,
  timelineQuery,
  voteQuery,
} from "./filters.js";
import { quoteArg } from "./format.js";
import type { SectionId } from "./sections.js";
import { closest } from "./suggest.js";

/** What a section or a list command shows for a query: the records, in core's order, and any problems. */
export interface ListResult {
  items: readonly RecordSummary[];
  errors: readonly string[];
  /** Search only: how many matched in all. */
  total?: number;
}

/** The filters a kind's list takes in its query line (`cycle:2 response:noted`), the same as its command's flags. */
export const LIST_FILTERS: ReadonlyMap<RecordKind, CommandName> = new Map<RecordKind, CommandName>([
  ["recommendation", "recommendations"],
  ["vote", "votes"],
]);

/** Splits a list's query line into its filters (`key:value`, `key:"two words"`) and free words. */
export function splitLine(
  line: string,
  keys: readonly string[],
): { flags: FlagValues; text: string; errors: string[] } {
  const flags = new Map<string, string[]>();
  const words: string[] = [];
  const errors: string[] = [];
  for (const match of line.matchAll(/([a-z]+):(?:"([^"]*)"?|(\S*))|\S+/giu)) {
    const key = match[1]?.toLowerCase();
    if (key === undefined) {
      words.push(match[0]);
      continue;
    }
    const value = match[2] ?? match[3] ?? "";
    if (!keys.includes(key)) {
      const near = closest(key, keys, 1)[0];
      errors.push(
        `unknown filter ${quoteArg(`${key}:`)}${near ? ` (did you mean ${near}:?)` : ""}; this list takes ${keys.map((k) => `${k}:`).join(" ")}`,
      );
    } else if (!value) errors.push(`${key}: needs a value`);
    else flags.set(key, [...(flags.get(key) ?? []), value]);
  }
  return { flags, text: words.join(" "), errors };
}

/** Every record of one kind that a query line selects, in core's list order. */
export function kindItems(api: Api, kind: RecordKind, line: string): ListResult {
  const command = LIST_FILTERS.get(kind);
  if (kind === "event") {
    const query = timelineQuery(api, new Map(), line, "token");
    return { items: timelineEvents(api, query), errors: query.errors };
  }
  if (command) {
    const keys = [...(COMMAND_FLAGS.get(command)?.keys() ?? [])];
    const split = splitLine(line, keys);
    if (kind === "recommendation") {
      const query = recommendationQuery(api, split.flags, split.text, "token");
      const items = selectRecords(api, api.listRecommendations(), query);
      return { items, errors: [...split.errors, ...query.errors] };
    }
    const query = voteQuery(api, split.flags, split.text, "token");
    const items = selectRecords(api, api.listVotes(), query);
    return { items, errors: [...split.errors, ...query.errors] };
  }
  const text = textFilter(line);
  return { items: api.listSummaries(kind).filter((s) => matchesText(summaryWords(s), text)), errors: [] };
}

/** How many results search shows at most in the browser. */
export const SEARCH_LIMIT = 200;

/** What a section lists for its query line. */
export function sectionItems(api: Api, section: SectionId, line: string): ListResult {
  if (section === "search") {
    const response = api.search(line, { limit: SEARCH_LIMIT });
    return { items: response.results, errors: response.errors, total: response.total };
  }
  return kindItems(api, section === "timeline" ? "event" : section, line);
}
