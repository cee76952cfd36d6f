import type { Dataset } from "../schemas/dataset.js";
import { listIndexed, type SearchDocument } from "./search.js";
import { createStore } from "./store.js";

/**
 * The search document (summary, facets, searchable text) of every record of a dataset:
 * what a client-side filter or search (the site's timeline, its search JSON with
 * `@kz-hrc/core/search`) needs to give the same answers as the query API.
 */
export function listIndexedRecords(data: Dataset): readonly SearchDocument[] {
  return listIndexed(createStore(data));
}
