import type { Dataset } from "../schemas/dataset.js";
import type { RecordKind, RecordRef } from "../schemas/primitives.js";
import { compareDates } from "../text/dates.js";
import { summarize, type RecordSummary } from "./describe.js";
import { matchesFilter, type RecordFilter } from "./filter.js";
import { membershipContext } from "./membership.js";
import * as relations from "./relations.js";
import { listIndexed, search } from "./search.js";
import { createStore, getOfKind, type AnyRecord, type RecordOfKind } from "./store.js";
import { listTimeline, type TimelineOptions } from "./timeline.js";

const byDateThenId = <T extends { id: string }>(date: (r: T) => string | undefined) => (a: T, b: T) =>
  compareDates(date(a) ?? "9999", date(b) ?? "9999") || a.id.localeCompare(b.id);
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/**
 * Every query over one dataset, bound to it: `getX(id)` returns the record or
 * undefined, `listX()` a readonly array in a stable order; all synchronous and pure.
 */
export function createApi(data: Dataset) {
  const store = createStore(data);
  const get = <K extends RecordKind>(kind: K) => (id: string): RecordOfKind[K] | undefined => getOfKind(store, kind, id);
  const sorted = <T>(list: readonly T[], compare: (a: T, b: T) => number): readonly T[] => Object.freeze([...list].sort(compare));
  const lists = {
    sources: sorted(data.sources, byDateThenId((s) => s.published)),
    people: sorted(data.people, byName),
    organizations: sorted(data.organizations, byName),
    statements: sorted(data.statements, byDateThenId((s) => s.date)),
    membershipTerms: sorted(data.membershipTerms, byDateThenId((t) => t.start)),
    uprReviews: sorted(data.uprReviews, (a, b) => a.cycle - b.cycle),
    reforms: sorted(data.reforms, byDateThenId((r) => r.stages[0]?.date)),
    topics: sorted(data.topics, byName),
    discrepancies: sorted(data.discrepancies, (a, b) => a.title.localeCompare(b.title)),
    unknowns: sorted(data.unknowns, (a, b) => a.question.localeCompare(b.question)),
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
    listSources: () => lists.sources,
    listPeople: () => lists.people,
    listOrganizations: () => lists.organizations,
    listEvents: (options?: TimelineOptions) => listTimeline(store, options),
    listStatements: () => lists.statements,
    listMembershipTerms: () => lists.membershipTerms,
    listUprReviews: () => lists.uprReviews,
    listReforms: () => lists.reforms,
    listTopics: () => lists.topics,
    listDiscrepancies: () => lists.discrepancies,
    listUnknowns: () => lists.unknowns,
    /** Summaries of every record of a kind, in that kind's list order. */
    listSummaries: (kind?: RecordKind): readonly RecordSummary[] =>
      listIndexed(store).filter((d) => !kind || d.summary.kind === kind).map((d) => d.summary),
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
    listStatementsByOrganization: (organizationId: string) => relations.listStatementsByOrganization(store, organizationId),
    listStatementsAtEvent: (eventId: string) => relations.listStatementsAtEvent(store, eventId),
    listEventsByPerson: (personId: string) => relations.listEventsByPerson(store, personId),
    listEventsByOrganization: (organizationId: string) => relations.listEventsByOrganization(store, organizationId),
    /** Recorded votes with how a member voted, oldest first; `from`/`to` bound the dates (e.g. a membership term). */
    listVotesOf: (organizationId: string, range?: { from?: string; to?: string }) => relations.listVotesOf(store, organizationId, range),
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
