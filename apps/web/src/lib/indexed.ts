/** Facets and search text of every record (from core), looked up by id. */
import { listIndexedRecords, type Api, type IndexedRecord } from "@kz-hrc/core";
import { api } from "./data";
import type { SearchDoc } from "./search-match";
import { urls } from "./urls";

const indexed: readonly IndexedRecord[] = listIndexedRecords(api.dataset);
const byId = new Map(indexed.map((d) => [d.summary.id, d]));

/** The indexed entry of a record, if it exists. */
export function indexedRecord(id: string): IndexedRecord | undefined {
  return byId.get(id);
}

const nonEmpty = <T,>(list: readonly T[]) => (list.length ? [...list] : undefined);

/** The search index the search page fetches: one small document per record. */
export function buildSearchDocs(): SearchDoc[] {
  return searchDocsFor(api, indexed);
}

/** Search documents for any dataset's API (tests build them from synthetic data). */
export function searchDocsFor(source: Api, records: readonly IndexedRecord[] = listIndexedRecords(source.dataset)): SearchDoc[] {
  return records.map(({ summary, facets, text }) => {
    const doc: SearchDoc = {
      kind: summary.kind,
      id: summary.id,
      title: summary.title,
      url: urls.record(summary.kind, summary.id),
      date: summary.date,
      subtitle: summary.subtitle,
      text: text.length > 700 ? text.slice(0, 700) : text,
      type: facets.type,
      topicIds: nonEmpty(facets.topicIds),
      personIds: nonEmpty(facets.personIds),
      organizationIds: nonEmpty(facets.organizationIds),
      sourceIds: nonEmpty(facets.sourceIds),
      perspectives: nonEmpty(facets.perspectives),
      member: facets.date ? source.membershipContext(facets.date).status : undefined,
    };
    return JSON.parse(JSON.stringify(doc)) as SearchDoc;
  });
}
