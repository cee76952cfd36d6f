import type { Dataset } from "../schemas/dataset.js";
import type { RecordSummary } from "./describe.js";
import type { RecordFacets } from "./facets.js";
export type { RecordFacets } from "./facets.js";
import { listIndexed } from "./search.js";
import { createStore } from "./store.js";

/** A record's summary, the facets filters test, and the text search matches. */
export interface IndexedRecord {
  summary: RecordSummary;
  facets: RecordFacets;
  text: string;
}

/**
 * Summary, facets and searchable text of every record of a dataset: what a client-side
 * filter or search index (the site's timeline, its search JSON) needs to give the same
 * answers as the core's own filter.
 */
export function listIndexedRecords(data: Dataset): readonly IndexedRecord[] {
  return listIndexed(createStore(data)).map(({ summary, facets, text }) => ({ summary, facets, text }));
}
