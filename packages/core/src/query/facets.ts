import type { Citation } from "../schemas/citation.js";
import type { RecordKind } from "../schemas/primitives.js";
import type { Perspective } from "../schemas/source.js";
import { endOf, startOf } from "../text/dates.js";
import { dateOf, typeOf } from "./describe.js";
import type { RecordFilter } from "./filter.js";
import { membershipContext } from "./membership.js";
import type { AnyRecord, Store } from "./store.js";

/** Everything a filter can test about one record, computed from the record and its relations. */
export interface RecordFacets {
  kind: RecordKind;
  type?: string;
  date?: string;
  topicIds: string[];
  personIds: string[];
  organizationIds: string[];
  sourceIds: string[];
  perspectives: Perspective[];
}

function citationsOf(entry: AnyRecord): readonly Citation[] {
  switch (entry.kind) {
    case "event":
    case "statement":
    case "membership-term":
    case "upr-review":
      return entry.record.citations;
    case "organization":
      return entry.record.citations ?? [];
    case "person":
      return entry.record.roles.flatMap((r) => r.citations);
    case "reform":
      return entry.record.stages.flatMap((s) => s.citations);
    case "discrepancy":
      return entry.record.variants.flatMap((v) => v.citations);
    default:
      return [];
  }
}

const defined = <T>(values: readonly (T | undefined)[]): T[] => values.filter((v): v is T => v !== undefined);

/** Computes the facets of a record. */
export function facetsOf(store: Store, entry: AnyRecord): RecordFacets {
  const sourceIds = entry.kind === "source" ? [entry.record.id] : [...new Set(citationsOf(entry).map((c) => c.sourceId))];
  const perspectives = [
    ...new Set(
      defined(sourceIds.map((id) => store.byId.get(id))).flatMap((s) => (s.kind === "source" ? [s.record.perspective] : [])),
    ),
  ];
  const r = entry.record;
  let topicIds: string[] = [];
  let personIds: string[] = [];
  let organizationIds: string[] = [];
  switch (entry.kind) {
    case "event":
      topicIds = entry.record.topicIds;
      personIds = defined(entry.record.participants.map((p) => p.personId));
      organizationIds = defined(entry.record.participants.map((p) => p.organizationId));
      break;
    case "statement":
      topicIds = entry.record.topicIds;
      personIds = defined([entry.record.speakerId]);
      organizationIds = defined([entry.record.organizationId]);
      break;
    case "reform":
      topicIds = entry.record.topicIds;
      break;
    case "person":
      personIds = [r.id];
      organizationIds = defined(entry.record.roles.map((role) => role.organizationId));
      break;
    case "organization":
      organizationIds = [r.id];
      break;
    case "source":
      organizationIds = [entry.record.publisherId];
      break;
    case "topic":
      topicIds = [r.id];
      break;
    case "upr-review":
      personIds = defined([entry.record.headOfDelegationId]);
      organizationIds = entry.record.troikaIds;
      topicIds = ["universal-periodic-review"];
      break;
    case "membership-term":
      topicIds = ["council-membership"];
      break;
  }
  const type = typeOf(entry);
  const date = dateOf(entry);
  return {
    kind: entry.kind,
    ...(type ? { type } : {}),
    ...(date ? { date } : {}),
    topicIds,
    personIds,
    organizationIds,
    sourceIds,
    perspectives,
  };
}

const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[]) =>
  !wanted || wanted.length === 0 || wanted.some((w) => have.includes(w));

/** True when a record's facets pass every part of the filter. A dated filter drops undated records. */
export function matchesFilter(store: Store, facets: RecordFacets, filter: RecordFilter): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(facets.kind)) return false;
  if (filter.types?.length && !(facets.type && filter.types.includes(facets.type))) return false;
  if (filter.from || filter.to || filter.member !== undefined) {
    if (!facets.date) return false;
    if (filter.from && endOf(facets.date) < startOf(filter.from)) return false;
    if (filter.to && startOf(facets.date) > endOf(filter.to)) return false;
    if (filter.member !== undefined) {
      const status = membershipContext(store, facets.date).status;
      if (filter.member ? status !== "member" : status !== "not-member") return false;
    }
  }
  return (
    anyOf(filter.topicIds, facets.topicIds) &&
    anyOf(filter.personIds, facets.personIds) &&
    anyOf(filter.organizationIds, facets.organizationIds) &&
    anyOf(filter.sourceIds, facets.sourceIds) &&
    anyOf(filter.perspectives, facets.perspectives)
  );
}
