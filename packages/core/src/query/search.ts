import { summarize } from "./describe.js";
import { facetsOf } from "./facets.js";
import type { RecordFacets } from "./filter.js";
import { memo } from "./memo.js";
import { createSearchEngine, type SearchDocument, type SearchEngine, type SearchResponse } from "./search-engine.js";
import type { AnyRecord, Store } from "./store.js";

export type { SearchDocument, SearchResponse, SearchResult } from "./search-engine.js";

function textOf(store: Store, entry: AnyRecord, facets: RecordFacets): string {
  const r = entry.record;
  const parts: (string | undefined)[] = [];
  switch (entry.kind) {
    case "event":
      parts.push(entry.record.summary, entry.record.place, entry.record.session, ...entry.record.citations.map((c) => c.quote));
      break;
    case "statement":
      parts.push(entry.record.quote, entry.record.summary);
      break;
    case "source":
      parts.push(entry.record.author, entry.record.unSymbol, entry.record.notes);
      break;
    case "person":
      parts.push(...(entry.record.otherNames ?? []), ...entry.record.roles.map((role) => role.title));
      break;
    case "organization":
      parts.push(entry.record.shortName, entry.record.description);
      break;
    case "topic":
      parts.push(entry.record.description);
      break;
    case "reform":
      parts.push(entry.record.summary, ...entry.record.stages.map((s) => s.description));
      break;
    case "upr-review":
      parts.push(entry.record.summary, ...entry.record.documents.map((d) => d.symbol));
      break;
    case "membership-term":
      parts.push(entry.record.summary);
      break;
    case "discrepancy":
      parts.push(entry.record.field, entry.record.reason, ...entry.record.variants.map((v) => v.value));
      break;
    case "unknown":
      parts.push(entry.record.notes, ...entry.record.searched);
      break;
  }
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
