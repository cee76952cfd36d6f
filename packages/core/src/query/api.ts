import type { Dataset } from "../schemas/dataset.js";
import { isRecordKind, RECORD_KINDS, type RecordKind } from "../schemas/kinds.js";
import type { RecordRef } from "../schemas/primitives.js";
import { compareDates } from "../text/dates.js";
import { type RecordSummary, summarize } from "./describe.js";
import { matchesFilter, type RecordFilter } from "./filter.js";
import { behaviourOf } from "./kinds.js";
import { membershipContext } from "./membership.js";
import * as relations from "./relations.js";
import { listIndexed, search } from "./search.js";
import { type AnyRecord, createStore, getOfKind, type RecordOfKind, recordsOf } from "./store.js";
import { listTimeline, type TimelineOptions } from "./timeline.js";

/**
 * Every query over one dataset, bound to it: `getX(id)` returns the record or
 * undefined, `listX()` a readonly array in its kind's list order (query/kinds.ts); all
 * synchronous and pure.
 */
export function createApi(data: Dataset) {
  const store = createStore(data);
  const get =
    <K extends RecordKind>(kind: K) =>
    (id: string): RecordOfKind[K] | undefined =>
      getOfKind(store, kind, id);
  // Lists and summaries are computed on first use: importing the package stays cheap.
  const ordered = new Map<RecordKind, readonly unknown[]>();
  /** Every record of a kind, in the kind's list order. */
  const list = <K extends RecordKind>(kind: K): readonly RecordOfKind[K][] => {
    // A kind typed by a user may be any word: an unknown one has no records.
    if (!isRecordKind(kind)) return [];
    let records = ordered.get(kind);
    if (!records) {
      records = Object.freeze([...recordsOf(data, kind)].sort(behaviourOf(kind).compare as never));
      ordered.set(kind, records);
    }
    return records as readonly RecordOfKind[K][];
  };
  const summaries = new Map<RecordKind, readonly RecordSummary[]>();
  const summariesOf = (kind: RecordKind): readonly RecordSummary[] => {
    if (!isRecordKind(kind)) return [];
    let found = summaries.get(kind);
    if (!found) {
      found = list(kind).map((record) => summarize(store, { kind, record } as AnyRecord));
      summaries.set(kind, found);
    }
    return found;
  };
  return {
    dataset: data,
    getSource: get("source"),
    getPerson: get("person"),
    getOrganization: get("organization"),
    getEvent: get("event"),
    getStatement: get("statement"),
    getMembershipTerm: get("membership-term"),
    getUprReview: get("upr-review"),
    getRecommendation: get("recommendation"),
    getVote: get("vote"),
    getReform: get("reform"),
    getTopic: get("topic"),
    getDiscrepancy: get("discrepancy"),
    getUnknown: get("unknown"),
    /** Any record by id, with its kind. */
    getRecord: (id: string): AnyRecord | undefined => store.byId.get(id),
    /** Summary (kind, title, date) of any record by id. */
    getSummary: (id: string): RecordSummary | undefined => {
      const entry = store.byId.get(id);
      return entry && summarize(store, entry);
    },
    list,
    listSources: () => list("source"),
    listPeople: () => list("person"),
    listOrganizations: () => list("organization"),
    listEvents: (options?: TimelineOptions) => listTimeline(store, options),
    listStatements: () => list("statement"),
    listMembershipTerms: () => list("membership-term"),
    listUprReviews: () => list("upr-review"),
    listRecommendations: () => list("recommendation"),
    listVotes: () => list("vote"),
    listReforms: () => list("reform"),
    listTopics: () => list("topic"),
    listDiscrepancies: () => list("discrepancy"),
    listUnknowns: () => list("unknown"),
    /** Summaries of every record of a kind (or of every kind, kind by kind), in each kind's list order. */
    listSummaries: (kind?: RecordKind): readonly RecordSummary[] =>
      kind ? summariesOf(kind) : RECORD_KINDS.flatMap((k) => summariesOf(k)),
    listTimeline: (options?: TimelineOptions) => listTimeline(store, options),
    /** Summaries of every record that passes a filter (a topic's records, a person's…), newest first. */
    listRecords: (filter: RecordFilter): readonly RecordSummary[] =>
      listIndexed(store)
        .filter((d) => matchesFilter(d.facets, filter))
        .map((d) => d.summary)
        .sort((a, b) => compareDates(b.date ?? "0000", a.date ?? "0000")),
    search: (query: string, options?: { limit?: number }) => search(store, query, options),
    membershipContext: (date: string) => membershipContext(store, date),
    listStatementsBySpeaker: (personId: string) => relations.listStatementsBySpeaker(store, personId),
    listStatementsByOrganization: (organizationId: string) =>
      relations.listStatementsByOrganization(store, organizationId),
    listStatementsAtEvent: (eventId: string) => relations.listStatementsAtEvent(store, eventId),
    listEventsByPerson: (personId: string) => relations.listEventsByPerson(store, personId),
    listEventsByOrganization: (organizationId: string) => relations.listEventsByOrganization(store, organizationId),
    /** Recorded votes with how a state voted, oldest first; `from`/`to` bound the dates (e.g. a membership term). */
    listVotesOf: (stateId: string, range?: { from?: string; to?: string }) =>
      relations.listVotesOf(store, stateId, range),
    /** The recommendations of a UPR review, in the report's order. */
    listRecommendationsOfReview: (reviewId: string) => list("recommendation").filter((r) => r.reviewId === reviewId),
    /** The recommendations a state made, review by review. */
    listRecommendationsByState: (stateId: string) =>
      list("recommendation").filter((r) => r.recommendingStateIds.includes(stateId)),
    /** Records that name this one among their related records (e.g. recommendations bearing on a reform). */
    listRelatedTo: (ref: RecordRef) => relations.listRelatedTo(store, ref),
    /** The parts of an organization (organizations whose parent it is), by name. */
    listPartsOf: (organizationId: string) => list("organization").filter((o) => o.parentId === organizationId),
    /** The sources an organization published, oldest first. */
    listSourcesPublishedBy: (organizationId: string) => list("source").filter((s) => s.publisherId === organizationId),
    listAssessmentsOf: (statementId: string) => relations.listAssessmentsOf(store, statementId),
    listClaimsAssessedBy: (statementId: string) => relations.listClaimsAssessedBy(store, statementId),
    listCitationsOf: (ref: RecordRef) => relations.listCitationsOf(store, ref),
    listRecordsCitingSource: (sourceId: string) => relations.listRecordsCitingSource(store, sourceId),
    listRepublicationsOf: (sourceId: string) => relations.listRepublicationsOf(store, sourceId),
    originOf: (sourceId: string) => relations.originOf(store, sourceId),
    countOrigins: (citations: Parameters<typeof relations.countOrigins>[1]) => relations.countOrigins(store, citations),
    listDiscrepanciesAbout: (ref: RecordRef) => relations.listDiscrepanciesAbout(store, ref),
    listUnknownsAbout: (ref: RecordRef) => relations.listUnknownsAbout(store, ref),
  };
}

/** The query API bound to one dataset. */
export type Api = ReturnType<typeof createApi>;
