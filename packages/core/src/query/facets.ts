/** The facets of a record (see RecordFacets in filter.ts): what the shared filter tests. */
import type { Citation } from "../schemas/citation.js";
import { dateOf, typeOf } from "./describe.js";
import type { RecordFacets } from "./filter.js";
import { membershipContext } from "./membership.js";
import type { AnyRecord, Store } from "./store.js";

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
    ...(date ? { date, member: membershipContext(store, date).status } : {}),
    topicIds,
    personIds,
    organizationIds,
    sourceIds,
    perspectives,
  };
}
