/**
 * `@kz-hrc/core/search`: everything a browser needs to search the record the way the
 * query API does, without the data or zod: the engine (over documents from
 * `listIndexedRecords`, e.g. a static JSON file), the query grammar, the filter test and
 * record paths.
 */
export { createSearchEngine, type SearchDocument, type SearchEngine, type SearchResponse, type SearchResult } from "./query/search-engine.js";
export { FILTER_KEYS, MAX_QUERY_LENGTH, formatQuery, parseQuery, type ParsedQuery } from "./query/grammar.js";
export { matchesFilter, type MembershipStatus, type RecordFacets, type RecordFilter, type SortOrder } from "./query/filter.js";
export type { RecordSummary } from "./query/describe.js";
export { KIND_SEGMENTS, recordPath } from "./query/paths.js";
export { COLLECTION_NAMES, KINDS, RECORD_KINDS, isRecordKind, kindNamed, kindOfSegment, type RecordKind } from "./schemas/kinds.js";
export { CITATION_STATUS_LABELS, RELATION_LABELS, RESPONSE_LABELS, formatDate, formatDateRange, humanize, kindLabel, kindLabelPlural, plural } from "./text/wording.js";
export { FILTER_PARAM_KEYS, filterFromParams, filterToParams } from "./query/filter-params.js";
export { CITATION_FORMATS, type CitationFormat } from "./text/cite.js";
