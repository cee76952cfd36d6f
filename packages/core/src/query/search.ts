import { summarize } from "./describe.js";
import { facetsOf } from "./facets.js";
import { behaviourOf } from "./kinds.js";
import { memo } from "./memo.js";
import { createSearchEngine, type SearchDocument, type SearchEngine, type SearchResponse } from "./search-engine.js";
import type { AnyRecord, Store } from "./store.js";

export type { SearchDocument, SearchResponse, SearchResult } from "./search-engine.js";

/** Other names a record goes by (other spellings, a short name, a UN symbol): found like its title, kept out of its text. */
function namesOf(entry: AnyRecord): string[] {
  switch (entry.kind) {
    case "person":
      return [...(entry.record.otherNames ?? [])];
    case "organization":
      return entry.record.shortName ? [entry.record.shortName] : [];
    case "source":
      return entry.record.unSymbol ? [entry.record.unSymbol] : [];
    case "vote":
      return entry.record.symbol ? [entry.record.symbol] : [];
    default:
      return [];
  }
}

/**
 * The search document of one record. Its text is the record's own words only, in parts
 * on separate lines, so that snippets read as the record does. The engine finds a record
 * by its id and by the names of its topics, people and organizations without them being
 * written here (they are in the summary and facets), which keeps the site's index small.
 */
function documentOf(store: Store, entry: AnyRecord): SearchDocument {
  const names = namesOf(entry);
  const parts = behaviourOf(entry.kind)
    .words(entry.record as never)
    .filter((part): part is string => typeof part === "string" && part.trim() !== "" && !names.includes(part));
  return {
    summary: summarize(store, entry),
    facets: facetsOf(store, entry),
    text: parts.map((part) => part.replace(/\s*\n\s*/g, " ").trim()).join("\n"),
    ...(names.length ? { names: names.join("\n") } : {}),
  };
}

/** The search document of every record, in the store's order (memoized per store). */
export function listIndexed(store: Store): readonly SearchDocument[] {
  return memo(store, "search-documents", () => [...store.byId.values()].map((entry) => documentOf(store, entry)));
}

/** Searches every record with the shared query grammar (see createSearchEngine). */
export function search(store: Store, query: string, options: { limit?: number } = {}): SearchResponse {
  return memo<SearchEngine>(store, "search-engine", () => createSearchEngine(listIndexed(store))).search(
    query,
    options,
  );
}
