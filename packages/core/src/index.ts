/**
 * @kz-hrc/core: Kazakhstan at the UN Human Rights Council as typed, validated data.
 *
 * The bundled data files are validated (schemas and integrity) when the package is built
 * and by its tests, so this entry loads them without zod and starts fast. The zod
 * schemas, `loadDataset` (to validate your own records) and the JSON Schemas are in
 * `@kz-hrc/core/schemas`.
 */
import packageJson from "../package.json" with { type: "json" };
import quoteChecksJson from "../provenance/quote-checks.json" with { type: "json" };
import compiled from "../generated/dataset.js";
import layouts from "../generated/tables.js";
import type { Collections } from "./data/parse.js";
import { collectionCsv } from "./export/csv.js";
import { exportDatasetOf } from "./export/dataset.js";
import type { Layouts } from "./export/table-types.js";
import type { CollectionName } from "./schemas/kinds.js";
import { createApi } from "./query/api.js";
import type { Citation } from "./schemas/citation.js";
import type { Dataset } from "./schemas/dataset.js";
import type { QuoteChecks } from "./schemas/quote-checks.js";
import { citationStatus, type CitationStatus } from "./verify/quote-checks.js";
import { citeIn, type CitationFormat, type CiteOptions } from "./text/cite.js";

export type * from "./schemas/types.js";
export { EVENT_KINDS, PERSPECTIVE_LABELS, PERSPECTIVES, RECOMMENDATION_RESPONSES, VOTE_BODIES, VOTE_LABELS, VOTE_SUBJECTS, VOTES } from "./schemas/vocabulary.js";
export { AREA_LABELS, AREAS, SIGNIFICANCE_LABELS, SIGNIFICANCES } from "./schemas/vocabulary.js";
export { COLLECTION_NAMES, KINDS, RECORD_KINDS, collectionOf, isRecordKind, kindNamed, kindOfCollection, kindOfSegment, type CollectionName, type RecordKind } from "./schemas/kinds.js";
export { CITATION_STATUS_LABELS, RELATION_LABELS, RESPONSE_LABELS, formatDate, formatDateRange, humanize, isSupported, kindLabel, kindLabelPlural, plural } from "./text/wording.js";
export { collectCitations, type PlacedCitation } from "./data/citations.js";
export { createApi, type Api } from "./query/api.js";
export type { AnyRecord, RecordOfKind } from "./query/store.js";
export type { RecordSummary } from "./query/describe.js";
export type { MembershipStatus, RecordFacets, RecordFilter, SortOrder } from "./query/filter.js";
export type { MembershipContext } from "./query/membership.js";
export type { AssessmentPair, CastVote } from "./query/relations.js";
export type { SearchDocument, SearchResponse, SearchResult } from "./query/search.js";
export type { TimelineOptions } from "./query/timeline.js";
export { FILTER_KEYS, MAX_QUERY_LENGTH, formatQuery, parseQuery, type ParsedQuery } from "./query/grammar.js";
export { KIND_SEGMENTS, recordPath } from "./query/paths.js";
export { FILTER_PARAM_KEYS, filterFromParams, filterToParams } from "./query/filter-params.js";
export { listIndexedRecords } from "./query/indexed.js";
export { coverageReport, formatCoverageReport, type CoveragePart, type CoverageReport } from "./query/coverage.js";
export { KIND_OF_COLLECTION } from "./export/csv.js";
export { compareDates, endOf, precisionOf, startOf, yearOf, type DatePrecision } from "./text/dates.js";
export { normalizeForMatch, quoteOccursIn } from "./text/normalize.js";
export { verifyQuotes, type ArchivedText, type VerificationReport } from "./verify/verify.js";
export { citationStatus, type CitationStatus } from "./verify/quote-checks.js";
export { quoteFingerprint } from "./verify/fingerprint.js";
export {
  CITATION_FORMATS,
  DATASET_AUTHOR,
  DATASET_TITLE,
  DEFAULT_SITE_URL,
  bibtexEscape,
  citationBibtex,
  citationCsl,
  citationText,
  citedOf,
  citedUrl,
  citeIn,
  cslJson,
  formatCitation,
  quoteAnchor,
  type CitationFormat,
  type CiteContext,
  type CitedQuote,
  type CitedRecord,
  type CiteOptions,
} from "./text/cite.js";
export { encodeTextDirectiveTerm, textDirectiveParts, textFragmentUrl, waybackLookupUrl } from "./text/text-fragment.js";
export { isTestHost, sourceAddresses, unSymbolUrl, type SourceAddresses } from "./text/addresses.js";
export { COPY_KINDS, COPY_LABELS } from "./schemas/vocabulary.js";
export { compareSnapshots, snapshotOf, type DatasetSnapshot, type SnapshotChanges } from "./export/snapshot.js";

/** Version of the dataset (the package version). */
export const DATASET_VERSION: string = packageJson.version;

// Validated, sorted and defaults-filled by the build (cli/compile-cli.ts).
const api = createApi({ version: DATASET_VERSION, ...(compiled as unknown as Collections) });
const quoteChecks = quoteChecksJson as QuoteChecks;

/** The bundled dataset, validated at build time. */
export const dataset: Dataset = api.dataset;

/**
 * One collection's own table as CSV (RFC 4180, values exactly as they are): a row a
 * record with the address of its page, lists of ids joined with "; ". The other tables
 * (citations, participants, stages…), the data package and the workbook are in
 * `@kz-hrc/core/export`.
 */
export function toCsv(data: Dataset, collection: CollectionName, siteUrl = ""): string {
  return collectionCsv(data, collection, layouts as Layouts, siteUrl);
}

/** The whole record as plain JSON with the keys version, sources, people, organizations… */
export function exportDataset(): Dataset {
  return exportDatasetOf(dataset);
}

/**
 * A record of the bundled dataset (or one quote of it) cited as plain text, BibTeX or
 * CSL-JSON, with the dataset version; undefined when no record has the id.
 */
export function citeRecord(id: string, format: CitationFormat = "text", options: CiteOptions = {}): string | undefined {
  return citeIn(api, DATASET_VERSION, id, format, options);
}

/** "verified" when a machine found the quote in the archived text of its source; else "unchecked". */
export function getCitationStatus(citation: Citation): CitationStatus {
  return citationStatus(quoteChecks, api.getSource(citation.sourceId), citation);
}

export const {
  list,
  getSource,
  getPerson,
  getOrganization,
  getEvent,
  getStatement,
  getMembershipTerm,
  getUprReview,
  getRecommendation,
  getVote,
  getReform,
  getTopic,
  getDiscrepancy,
  getUnknown,
  getRecord,
  getSummary,
  listSources,
  listPeople,
  listOrganizations,
  listEvents,
  listStatements,
  listMembershipTerms,
  listUprReviews,
  listRecommendations,
  listVotes,
  listRecommendationsOfReview,
  listRecommendationsByState,
  listRelatedTo,
  listPartsOf,
  listSourcesPublishedBy,
  listReforms,
  listTopics,
  listDiscrepancies,
  listUnknowns,
  listSummaries,
  listTimeline,
  listRecords,
  search,
  membershipContext,
  listStatementsBySpeaker,
  listStatementsByOrganization,
  listStatementsAtEvent,
  listEventsByPerson,
  listEventsByOrganization,
  listVotesOf,
  listAssessmentsOf,
  listClaimsAssessedBy,
  listCitationsOf,
  listRecordsCitingSource,
  listRepublicationsOf,
  originOf,
  countOrigins,
  listDiscrepanciesAbout,
  listUnknownsAbout,
} = api;
