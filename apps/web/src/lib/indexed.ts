/** Search documents (summary, facets, searchable text) of every record, from core. */
import { listIndexedRecords, type SearchDocument } from "@kz-hrc/core";
import { api } from "./data";

const indexed: readonly SearchDocument[] = listIndexedRecords(api.dataset);
const byId = new Map(indexed.map((d) => [d.summary.id, d]));

/** The search document of a record, if it exists. */
export function indexedRecord(id: string): SearchDocument | undefined {
  return byId.get(id);
}

/** What /search-index.json serves: the documents the live search runs core's engine over. */
export function searchIndexJson(): string {
  return JSON.stringify(indexed);
}
