import { summarize } from "./describe.js";
import { facetsOf } from "./facets.js";
import type { RecordFacets } from "./filter.js";
import { behaviourOf } from "./kinds.js";
import { memo } from "./memo.js";
import { createSearchEngine, type SearchDocument, type SearchEngine, type SearchResponse } from "./search-engine.js";
import type { AnyRecord, Store } from "./store.js";

export type { SearchDocument, SearchResponse, SearchResult } from "./search-engine.js";

function textOf(store: Store, entry: AnyRecord, facets: RecordFacets): string {
  const r = entry.record;
  const parts = behaviourOf(entry.kind).words(entry.record as never);
  // Topic names make "death" find records filed under the death-penalty topic; the id's
  // words find a record by its id. Both come after the record's own words, so that a
  // result's snippet shows those first.
  const topics = facets.topicIds.map((id) => {
    const topic = store.byId.get(id);
    return topic?.kind === "topic" ? topic.record.name : undefined;
  });
  return [...parts, ...topics, r.id.replaceAll("-", " ")].filter(Boolean).join(" \n ");
}

/** The search document of every record, in the store's order (memoized per store). */
export function listIndexed(store: Store): readonly SearchDocument[] {
  return memo(store, "search-documents", () =>
    [...store.byId.values()].map((entry) => {
      const facets = facetsOf(store, entry);
      return { summary: summarize(store, entry), facets, text: textOf(store, entry, facets) };
    }),
  );
}

/** Searches every record with the shared query grammar (see createSearchEngine). */
export function search(store: Store, query: string, options: { limit?: number } = {}): SearchResponse {
  return memo<SearchEngine>(store, "search-engine", () => createSearchEngine(listIndexed(store))).search(query, options);
}
