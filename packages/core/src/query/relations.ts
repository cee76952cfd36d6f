import { collectCitations } from "../data/citations.js";
import type { Citation } from "../schemas/citation.js";
import type { CouncilVote, VoteCast } from "../schemas/council-vote.js";
import type { Discrepancy } from "../schemas/discrepancy.js";
import type { Event } from "../schemas/event.js";
import type { RecordRef } from "../schemas/primitives.js";
import type { Source } from "../schemas/source.js";
import type { AssessmentRelation, Statement } from "../schemas/statement.js";
import type { Unknown } from "../schemas/unknown.js";
import { compareDates } from "../text/dates.js";
import { byCodePoint } from "../text/order.js";
import { matchesFilter } from "./filter.js";
import { memo } from "./memo.js";
import type { Store } from "./store.js";
import { type AnyRecord, recordsOf } from "./store.js";

const allCitations = (store: Store) => memo(store, "citations", () => collectCitations(store.data));

const byDate = <T extends { date: string }>(a: T, b: T) => compareDates(a.date, b.date);

/** Statements a person made, oldest first. */
export function listStatementsBySpeaker(store: Store, personId: string): readonly Statement[] {
  return store.data.statements.filter((s) => s.speakerId === personId).sort(byDate);
}

/** Statements made by or on behalf of an organization, oldest first. */
export function listStatementsByOrganization(store: Store, organizationId: string): readonly Statement[] {
  return store.data.statements.filter((s) => s.organizationId === organizationId).sort(byDate);
}

/** Statements made at an event, oldest first. */
export function listStatementsAtEvent(store: Store, eventId: string): readonly Statement[] {
  return store.data.statements.filter((s) => s.eventId === eventId).sort(byDate);
}

/** Events a person took part in, oldest first. */
export function listEventsByPerson(store: Store, personId: string): readonly Event[] {
  return store.data.events.filter((e) => e.participants.some((p) => p.personId === personId)).sort(byDate);
}

/** A recorded vote and how one state cast it. */
export interface CastVote {
  record: CouncilVote;
  vote: VoteCast;
}

/** The recorded votes in which the record states how a state voted, oldest first, within an optional date range. */
export function listVotesOf(
  store: Store,
  stateId: string,
  range: { from?: string; to?: string } = {},
): readonly CastVote[] {
  // The shared filter's range test, so a vote dated only "2022" counts for a 2022–2024 term.
  const inRange = (date: string) =>
    matchesFilter(
      { kind: "vote", date, topicIds: [], personIds: [], organizationIds: [], sourceIds: [], perspectives: [] },
      range,
    );
  return store.data.votes
    .filter((v) => inRange(v.date))
    .sort((a, b) => compareDates(a.date, b.date) || byCodePoint(a.id, b.id))
    .flatMap((record) => {
      const vote = record.positions.find((p) => p.stateId === stateId)?.vote;
      return vote ? [{ record, vote }] : [];
    });
}

/** Events an organization took part in, oldest first. */
export function listEventsByOrganization(store: Store, organizationId: string): readonly Event[] {
  return store.data.events.filter((e) => e.participants.some((p) => p.organizationId === organizationId)).sort(byDate);
}

/** An assessment of a claim, or a claim an assessment bears on, with the link's type. */
export interface AssessmentPair {
  statement: Statement;
  relation: AssessmentRelation;
  note: string;
}

/** Independent assessments that bear on a statement (the "claim beside assessment" view). */
export function listAssessmentsOf(store: Store, statementId: string): readonly AssessmentPair[] {
  return store.data.statements.flatMap((s) =>
    s.assesses
      .filter((a) => a.statementId === statementId)
      .map((a) => ({ statement: s, relation: a.relation, note: a.note })),
  );
}

/** The claims a statement assesses. */
export function listClaimsAssessedBy(store: Store, statementId: string): readonly AssessmentPair[] {
  const statement = store.byId.get(statementId);
  if (statement?.kind !== "statement") return [];
  return statement.record.assesses.flatMap((a) => {
    const claim = store.byId.get(a.statementId);
    return claim?.kind === "statement" ? [{ statement: claim.record, relation: a.relation, note: a.note }] : [];
  });
}

/** Every citation a record carries, wherever it sits in the record. */
export function listCitationsOf(store: Store, ref: RecordRef): readonly Citation[] {
  // A recommendation's text is checked as a quote, but it is the record itself, not a citation of it.
  return allCitations(store)
    .filter((p) => p.record.kind === ref.kind && p.record.id === ref.id && p.field !== "text")
    .map((p) => p.citation);
}

/** Records that cite a source. */
export function listRecordsCitingSource(store: Store, sourceId: string): readonly RecordRef[] {
  const seen = new Map<string, RecordRef>();
  for (const p of allCitations(store)) {
    if (p.citation.sourceId === sourceId) seen.set(`${p.record.kind}/${p.record.id}`, p.record);
  }
  return [...seen.values()];
}

/** Sources that republish the given one. */
export function listRepublicationsOf(store: Store, sourceId: string): readonly Source[] {
  return store.data.sources.filter((s) => s.republishes === sourceId);
}

/** The original a source republishes, following the chain to its end (itself if original). */
export function originOf(store: Store, sourceId: string): Source | undefined {
  let current = store.byId.get(sourceId);
  const seen = new Set<string>();
  while (current?.kind === "source" && current.record.republishes && !seen.has(current.record.id)) {
    seen.add(current.record.id);
    current = store.byId.get(current.record.republishes);
  }
  return current?.kind === "source" ? current.record : undefined;
}

/** How many independent origins back a set of citations: republications count once. */
export function countOrigins(store: Store, citations: readonly Citation[]): number {
  return new Set(citations.map((c) => originOf(store, c.sourceId)?.id ?? c.sourceId)).size;
}

const isAbout = (about: readonly RecordRef[], ref: RecordRef) =>
  about.some((a) => a.kind === ref.kind && a.id === ref.id);

/** Discrepancies that touch a record. */
export function listDiscrepanciesAbout(store: Store, ref: RecordRef): readonly Discrepancy[] {
  return store.data.discrepancies.filter((d) => isAbout(d.about, ref));
}

/** Unknowns that touch a record. */
export function listUnknownsAbout(store: Store, ref: RecordRef): readonly Unknown[] {
  return store.data.unknowns.filter((u) => isAbout(u.about, ref));
}

/** Records whose `related` list names a record (recommendations bearing on a reform…). */
export function listRelatedTo(store: Store, ref: RecordRef): readonly AnyRecord[] {
  return recordsOf(store.data, "recommendation")
    .filter((r) => isAbout(r.related, ref))
    .map((record) => ({ kind: "recommendation", record }) as AnyRecord);
}
