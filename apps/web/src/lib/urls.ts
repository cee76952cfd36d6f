/**
 * Every href of the site is built here, from core's recordPath, so that links, the
 * sitemap, the feed and the JSON downloads agree on one URL per page.
 */
import { type CollectionName, KIND_SEGMENTS, type RecordKind, recordPath } from "@kz-hrc/core";

export { recordPath };

/** The record kind whose pages live under a URL segment, if any. */
export function kindOfSegment(segment: string): RecordKind | undefined {
  return (Object.keys(KIND_SEGMENTS) as RecordKind[]).find((kind) => KIND_SEGMENTS[kind] === segment);
}

/** Query parameters, dropping empty values, in a stable order. */
function withQuery(path: string, query: Readonly<Record<string, string | undefined>> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const urls = {
  home: () => "/",
  timeline: (query?: Readonly<Record<string, string | undefined>>) => withQuery("/timeline/", query),
  /** Claims beside the independent assessments linked to them; `assessment: "contradicted"` filters to the contested ones. */
  claims: (query?: Readonly<Record<string, string | undefined>>) => withQuery("/claims/", query),
  search: (q?: string) => withQuery("/search/", { q }),
  data: () => "/data/",
  /** What changed in the data from version to version. */
  changelog: () => "/data/changelog/",
  about: () => "/about/",
  coverage: () => "/about/#coverage",
  /** A record's page. */
  record: (kind: RecordKind, id: string) => recordPath(kind, id),
  /** The index page listing every record of a kind. */
  kindIndex: (kind: RecordKind) => `/${KIND_SEGMENTS[kind]}/`,
  /** A record as JSON. */
  recordJson: (kind: RecordKind, id: string) => `/api/${KIND_SEGMENTS[kind]}/${encodeURIComponent(id)}.json`,
  /** A file under /data/. */
  download: (file: string) => `/data/${encodeURIComponent(file)}`,
  datasetJson: () => "/data/kz-hrc.json",
  collectionCsv: (collection: CollectionName | string) => `/data/${collection}.csv`,
  dataPackage: () => "/data/datapackage.json",
  jsonSchema: () => "/data/kz-hrc.schema.json",
  /** Every table in one Excel workbook. */
  workbook: () => "/data/kz-hrc.xlsx",
  /** Every table as CSV, with the data package descriptor and the JSON, in one zip. */
  zip: () => "/data/kz-hrc.zip",
  citationCff: () => "/CITATION.cff",
  feed: () => "/feed.xml",
  sitemap: () => "/sitemap.xml",
  searchIndex: () => "/search-index.json",
} as const;
