import type { Dataset } from "../schemas/dataset.js";
import type { Discrepancy } from "../schemas/discrepancy.js";
import type { Event } from "../schemas/event.js";
import type { MembershipTerm } from "../schemas/membership-term.js";
import type { Organization } from "../schemas/organization.js";
import type { Person } from "../schemas/person.js";
import type { RecordKind } from "../schemas/primitives.js";
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

/** Indexes a validated dataset by id. Ids are unique across collections (integrity checks it). */
export function createStore(data: Dataset): Store {
  const byId = new Map<string, AnyRecord>();
  const add = <K extends RecordKind>(kind: K, records: readonly RecordOfKind[K][]) => {
    for (const record of records) byId.set(record.id, { kind, record } as AnyRecord);
  };
  add("source", data.sources);
  add("person", data.people);
  add("organization", data.organizations);
  add("event", data.events);
  add("statement", data.statements);
  add("membership-term", data.membershipTerms);
  add("upr-review", data.uprReviews);
  add("reform", data.reforms);
  add("topic", data.topics);
  add("discrepancy", data.discrepancies);
  add("unknown", data.unknowns);
  return { data, byId };
}

/** The record of a given kind with that id, or undefined. */
export function getOfKind<K extends RecordKind>(store: Store, kind: K, id: string): RecordOfKind[K] | undefined {
  const found = store.byId.get(id);
  return found && found.kind === kind ? (found.record as RecordOfKind[K]) : undefined;
}
