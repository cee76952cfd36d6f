/**
 * @kz-hrc/core: Kazakhstan at the UN Human Rights Council as typed, validated data.
 *
 * The bundled data files are validated (schemas and integrity) when the package is built
 * and by its tests, so this entry loads them without zod and starts fast. The zod
 * schemas, `loadDataset` (to validate your own records) and the JSON Schemas are in
 * `@kz-hrc/core/schemas`.
 */

import compiled from "../generated/dataset.js";
import layouts from "../generated/tables.js";
import packageJson from "../package.json" with { type: "json" };
import quoteChecksJson from "../provenance/quote-checks.json" with { type: "json" };
import type { Collections } from "./data/parse.js";
import { collectionCsv } from "./export/csv.js";
import { exportDatasetOf } from "./export/dataset.js";
import type { Layouts } from "./export/table-types.js";
import { createApi } from "./query/api.js";
import type { Citation } from "./schemas/citation.js";
import type { Dataset } from "./schemas/dataset.js";
import type { CollectionName } from "./schemas/kinds.js";
import type { QuoteChecks } from "./schemas/quote-checks.js";
import { type CitationFormat, type CiteOptions, citeIn } from "./text/cite.js";
import { type CitationStatus, citationStatus } from "./verify/quote-checks.js";

export { collectCitations, type PlacedCitation } from "./data/citations.js";
export { KIND_OF_COLLECTION } from "./export/csv.js";
export { compareSnapshots, type DatasetSnapshot, type SnapshotChanges, snapshotOf } from "./export/snapshot.js";
export { type Api, createApi } from "./query/api.js";
export { type CoveragePart, type CoverageReport, coverageReport, formatCoverageReport } from "./query/coverage.js";
export type { RecordSummary } from "./query/describe.js";
export type { MembershipStatus, RecordFacets, RecordFilter, SortOrder } from "./query/filter.js";
export { FILTER_PARAM_KEYS, filterFromParams, filterToParams } from "./query/filter-params.js";
export { FILTER_KEYS, formatQuery, MAX_QUERY_LENGTH, type ParsedQuery, parseQuery } from "./query/grammar.js";
export { listIndexedRecords } from "./query/indexed.js";
export { MEMBER_STATE, memberPosition } from "./query/member.js";
export type { MembershipContext } from "./query/membership.js";
export { KIND_SEGMENTS, recordPath } from "./query/paths.js";
export type { AssessmentPair, CastVote } from "./query/relations.js";
export type { SearchDocument, SearchResponse, SearchResult } from "./query/search.js";
export type { AnyRecord, RecordOfKind } from "./query/store.js";
export type { TimelineOptions } from "./query/timeline.js";
export {
  COLLECTION_NAMES,
  type CollectionName,
  collectionOf,
  isRecordKind,
  KINDS,
  kindNamed,
  kindOfCollection,
  kindOfSegment,
  RECORD_KINDS,
  type RecordKind,
} from "./schemas/kinds.js";
export type * from "./schemas/types.js";
export {
  AREA_LABELS,
  AREAS,
  COPY_KINDS,
  COPY_LABELS,
  EVENT_KINDS,
  PERSPECTIVE_LABELS,
  PERSPECTIVES,
  RECOMMENDATION_RESPONSES,
  SIGNIFICANCE_LABELS,
  SIGNIFICANCES,
  VOTE_BODIES,
  VOTE_LABELS,
  VOTE_SUBJECTS,
  VOTES,
} from "./schemas/vocabulary.js";
export { isTestHost, type SourceAddresses, sourceAddresses, unSymbolUrl } from "./text/addresses.js";
export {
  bibtexEscape,
  CITATION_FORMATS,
  type CitationFormat,
  type CiteContext,
  type CitedQuote,
  type CitedRecord,
  type CiteOptions,
  citationBibtex,
  citationCsl,
  citationText,
  citedOf,
  citedUrl,
  citeIn,
  cslJson,
  DATASET_AUTHOR,
  DATASET_TITLE,
  DEFAULT_SITE_URL,
  formatCitation,
  quoteAnchor,
} from "./text/cite.js";
export { compareDates, type DatePrecision, endOf, precisionOf, startOf, yearOf } from "./text/dates.js";
export { normalizeForMatch, quoteOccursIn } from "./text/normalize.js";
export {
  encodeTextDirectiveTerm,
  textDirectiveParts,
  textFragmentUrl,
  waybackLookupUrl,
} from "./text/text-fragment.js";
export {
  CITATION_STATUS_LABELS,
  formatDate,
  formatDateRange,
  humanize,
  isSupported,
  kindLabel,
  kindLabelPlural,
  plural,
  RELATION_LABELS,
  RESPONSE_LABELS,
  termYears,
} from "./text/wording.js";
export { quoteFingerprint } from "./verify/fingerprint.js";
export { type CitationStatus, citationStatus } from "./verify/quote-checks.js";
export { type ArchivedText, type VerificationReport, verifyQuotes } from "./verify/verify.js";

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
