/**
 * @kz-hrc/core: Kazakhstan at the UN Human Rights Council as typed, validated data.
 * Importing this module validates the bundled dataset once; a bad record throws a
 * DataValidationError naming the file, the record id and the field.
 */
import packageJson from "../package.json" with { type: "json" };
import { DATA_FILES } from "./data/files.js";
import { loadDataset } from "./data/load.js";
import { exportDatasetOf } from "./export/dataset.js";
import { createApi } from "./query/api.js";
import type { Dataset } from "./schemas/dataset.js";

export * from "./schemas/index.js";
export { PERSPECTIVES, RECORD_KINDS } from "./schemas/vocabulary.js";
export { loadDataset } from "./data/load.js";
export { DataValidationError, formatIssue, type DataIssue } from "./data/errors.js";
export { collectCitations, type PlacedCitation } from "./data/citations.js";
export { createApi, type Api } from "./query/api.js";
export type { AnyRecord, RecordOfKind } from "./query/store.js";
export type { RecordSummary } from "./query/describe.js";
export type { RecordFilter, SortOrder } from "./query/filter.js";
export type { MembershipContext } from "./query/membership.js";
export type { AssessmentPair } from "./query/relations.js";
export type { SearchResponse, SearchResult } from "./query/search.js";
export type { TimelineOptions } from "./query/timeline.js";
export { FILTER_KEYS, MAX_QUERY_LENGTH, formatQuery, parseQuery, type ParsedQuery } from "./query/grammar.js";
export { KIND_SEGMENTS, recordPath } from "./query/paths.js";
export { listIndexedRecords, type IndexedRecord, type RecordFacets } from "./query/indexed.js";
export { KIND_OF_COLLECTION, toCsv } from "./export/csv.js";
export { dataPackage } from "./export/datapackage.js";
export { dataFileJsonSchema, datasetJsonSchema } from "./export/json-schema.js";
export { compareDates, endOf, precisionOf, startOf, yearOf, type DatePrecision } from "./text/dates.js";
export { normalizeForMatch, quoteOccursIn } from "./text/normalize.js";
export { verifyQuotes, type ArchivedText, type VerificationReport } from "./verify/verify.js";

/** Version of the dataset (the package version). */
export const DATASET_VERSION: string = packageJson.version;

const api = createApi(loadDataset(DATA_FILES, DATASET_VERSION));

/** The bundled dataset, validated. */
export const dataset: Dataset = api.dataset;

/** The whole record as plain JSON with the keys version, sources, people, organizations… */
export function exportDataset(): Dataset {
  return exportDatasetOf(dataset);
}

export const {
  getSource,
  getPerson,
  getOrganization,
  getEvent,
  getStatement,
  getMembershipTerm,
  getUprReview,
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
