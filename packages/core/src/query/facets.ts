/** The facets of a record (see RecordFacets in filter.ts): what the shared filter tests. */
import { dateOf, typeOf } from "./describe.js";
import type { RecordFacets } from "./filter.js";
import { behaviourOf } from "./kinds.js";
import { membershipContext } from "./membership.js";
import type { AnyRecord, Store } from "./store.js";

const defined = <T>(values: readonly (T | undefined)[] = []): T[] => [
  ...new Set(values.filter((v): v is T => v !== undefined)),
];

/** The ids of the sources a record cites (a source's own id for a source). */
export function sourceIdsOf(entry: AnyRecord): string[] {
  if (entry.kind === "source") return [entry.record.id];
  const cited = behaviourOf(entry.kind)
    .citations(entry.record as never)
    .flatMap(([, citations]) => (citations ?? []).map((c) => c.sourceId));
  return defined(cited);
}

/** Computes the facets of a record. */
export function facetsOf(store: Store, entry: AnyRecord): RecordFacets {
  const sourceIds = sourceIdsOf(entry);
  const perspectives = defined(
    sourceIds.map((id) => {
      const source = store.byId.get(id);
      return source?.kind === "source" ? source.record.perspective : undefined;
    }),
  );
  const own = behaviourOf(entry.kind).facets(entry.record as never);
  const type = typeOf(entry);
  const date = dateOf(entry);
  return {
    kind: entry.kind,
    ...(type ? { type } : {}),
    ...(date ? { date, member: membershipContext(store, date).status } : {}),
    topicIds: defined(own.topicIds),
    personIds: defined(own.personIds),
    organizationIds: defined(own.organizationIds),
    sourceIds,
    perspectives,
  };
}
