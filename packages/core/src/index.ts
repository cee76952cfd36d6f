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
import type { Collections } from "./data/parse.js";
import { exportDatasetOf } from "./export/dataset.js";
import { createApi } from "./query/api.js";
import type { Citation } from "./schemas/citation.js";
import type { Dataset } from "./schemas/dataset.js";
import type { QuoteChecks } from "./schemas/quote-checks.js";
import { citationStatus, type CitationStatus } from "./verify/quote-checks.js";

export type * from "./schemas/types.js";
export { EVENT_KINDS, PERSPECTIVE_LABELS, PERSPECTIVES, RECOMMENDATION_RESPONSES, VOTE_BODIES, VOTE_LABELS, VOTE_SUBJECTS, VOTES } from "./schemas/vocabulary.js";
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
export { KIND_OF_COLLECTION, toCsv } from "./export/csv.js";
export { dataPackage } from "./export/datapackage.js";
export { compareDates, endOf, precisionOf, startOf, yearOf, type DatePrecision } from "./text/dates.js";
export { normalizeForMatch, quoteOccursIn } from "./text/normalize.js";
export { verifyQuotes, type ArchivedText, type VerificationReport } from "./verify/verify.js";
export { citationStatus, type CitationStatus } from "./verify/quote-checks.js";
export { quoteFingerprint } from "./verify/fingerprint.js";

/** Version of the dataset (the package version). */
export const DATASET_VERSION: string = packageJson.version;

// Validated, sorted and defaults-filled by the build (cli/compile-cli.ts).
const api = createApi({ version: DATASET_VERSION, ...(compiled as unknown as Collections) });
const quoteChecks = quoteChecksJson as QuoteChecks;

/** The bundled dataset, validated at build time. */
export const dataset: Dataset = api.dataset;

/** The whole record as plain JSON with the keys version, sources, people, organizations… */
export function exportDataset(): Dataset {
  return exportDatasetOf(dataset);
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
