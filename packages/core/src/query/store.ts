import type { CouncilVote } from "../schemas/council-vote.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Discrepancy } from "../schemas/discrepancy.js";
import type { Event } from "../schemas/event.js";
import { collectionOf, RECORD_KINDS, type RecordKind } from "../schemas/kinds.js";
import type { MembershipTerm } from "../schemas/membership-term.js";
import type { Organization } from "../schemas/organization.js";
import type { Person } from "../schemas/person.js";
import type { Recommendation } from "../schemas/recommendation.js";
import type { Reform } from "../schemas/reform.js";
import type { Source } from "../schemas/source.js";
import type { Statement } from "../schemas/statement.js";
import type { Topic } from "../schemas/topic.js";
import type { Unknown } from "../schemas/unknown.js";
import type { UprReview } from "../schemas/upr-review.js";

/** The record type behind each record kind. */
export interface RecordOfKind {
  source: Source;
  person: Person;
  organization: Organization;
  event: Event;
  statement: Statement;
  "membership-term": MembershipTerm;
  "upr-review": UprReview;
  recommendation: Recommendation;
  vote: CouncilVote;
  reform: Reform;
  topic: Topic;
  discrepancy: Discrepancy;
  unknown: Unknown;
}

/** Any record together with its kind. */
export type AnyRecord = { [K in RecordKind]: { kind: K; record: RecordOfKind[K] } }[RecordKind];

/** A dataset indexed for lookups: maps by id, built once. */
export interface Store {
  readonly data: Dataset;
  readonly byId: ReadonlyMap<string, AnyRecord>;
}

/** The records of one kind in a dataset. */
export function recordsOf<K extends RecordKind>(data: Omit<Dataset, "version">, kind: K): readonly RecordOfKind[K][] {
  return data[collectionOf(kind)] as unknown as readonly RecordOfKind[K][];
}

/** Every record of a dataset with its kind, kind by kind in export order. */
export function allRecords(data: Omit<Dataset, "version">): AnyRecord[] {
  return RECORD_KINDS.flatMap((kind) => recordsOf(data, kind).map((record) => ({ kind, record }) as AnyRecord));
}

/** Indexes a validated dataset by id. Ids are unique across collections (integrity checks it). */
export function createStore(data: Dataset): Store {
  return { data, byId: new Map(allRecords(data).map((entry) => [entry.record.id, entry])) };
}

/** The record of a given kind with that id, or undefined. */
export function getOfKind<K extends RecordKind>(store: Store, kind: K, id: string): RecordOfKind[K] | undefined {
  const found = store.byId.get(id);
  return found && found.kind === kind ? (found.record as RecordOfKind[K]) : undefined;
}
