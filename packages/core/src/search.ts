/**
 * `@kz-hrc/core/search`: everything a browser needs to search the record the way the
 * query API does, without the data or zod: the engine (over documents from
 * `listIndexedRecords`, e.g. a static JSON file), the query grammar, the filter test and
 * record paths.
 */

export type { RecordSummary } from "./query/describe.js";
export {
  type MembershipStatus,
  matchesFilter,
  type RecordFacets,
  type RecordFilter,
  type SortOrder,
} from "./query/filter.js";
export { FILTER_PARAM_KEYS, filterFromParams, filterToParams } from "./query/filter-params.js";
export { FILTER_KEYS, formatQuery, MAX_QUERY_LENGTH, type ParsedQuery, parseQuery } from "./query/grammar.js";
export { KIND_SEGMENTS, recordPath } from "./query/paths.js";
export {
  createSearchEngine,
  type SearchDocument,
  type SearchEngine,
  type SearchResponse,
  type SearchResult,
} from "./query/search-engine.js";
export {
  COLLECTION_NAMES,
  isRecordKind,
  KINDS,
  kindNamed,
  kindOfSegment,
  RECORD_KINDS,
  type RecordKind,
} from "./schemas/kinds.js";
export { CITATION_FORMATS, type CitationFormat } from "./text/cite.js";
export {
  CITATION_STATUS_LABELS,
  formatDate,
  formatDateRange,
  humanize,
  kindLabel,
  kindLabelPlural,
  plural,
  RELATION_LABELS,
  RESPONSE_LABELS,
  termYears,
} from "./text/wording.js";
