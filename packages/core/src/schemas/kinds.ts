/**
 * The record kinds: one table that every layer derives from (collections, URL segments,
 * labels, export order). Zod-free and data-free, so browsers and the grammar can use it.
 * Adding a kind means an entry here, a schema in COLLECTIONS (dataset.ts), its behaviour
 * in query/kinds.ts, and its views in the apps.
 */
export const KINDS = {
  source: { collection: "sources", segment: "sources", one: "Source", many: "Sources" },
  person: { collection: "people", segment: "people", one: "Person", many: "People" },
  organization: { collection: "organizations", segment: "organizations", one: "Organization", many: "Organizations" },
  event: { collection: "events", segment: "events", one: "Event", many: "Events" },
  statement: { collection: "statements", segment: "statements", one: "Statement", many: "Statements" },
  "membership-term": {
    collection: "membershipTerms",
    segment: "membership",
    one: "Membership term",
    many: "Membership terms",
  },
  "upr-review": { collection: "uprReviews", segment: "upr", one: "UPR review", many: "UPR reviews" },
  recommendation: {
    collection: "recommendations",
    segment: "recommendations",
    one: "UPR recommendation",
    many: "UPR recommendations",
  },
  vote: { collection: "votes", segment: "votes", one: "Council vote", many: "Council votes" },
  reform: { collection: "reforms", segment: "reforms", one: "Reform", many: "Reforms" },
  topic: { collection: "topics", segment: "topics", one: "Topic", many: "Topics" },
  discrepancy: { collection: "discrepancies", segment: "discrepancies", one: "Discrepancy", many: "Discrepancies" },
  unknown: { collection: "unknowns", segment: "unknowns", one: "Unknown", many: "Unknowns" },
} as const;

/** A record kind, such as `event` or `upr-review`. */
export type RecordKind = keyof typeof KINDS;

/** The name of a collection of the dataset, such as `events` or `uprReviews`. */
export type CollectionName = (typeof KINDS)[RecordKind]["collection"];

/** Every record kind, in export order. */
export const RECORD_KINDS = Object.keys(KINDS) as [RecordKind, ...RecordKind[]];

/** Every collection, in export order. */
export const COLLECTION_NAMES = RECORD_KINDS.map((kind) => KINDS[kind].collection) as [
  CollectionName,
  ...CollectionName[],
];

const kindByCollection = new Map<string, RecordKind>(RECORD_KINDS.map((kind) => [KINDS[kind].collection, kind]));
const kindBySegment = new Map<string, RecordKind>(RECORD_KINDS.map((kind) => [KINDS[kind].segment, kind]));

/** The record kind of a collection. */
export function kindOfCollection(collection: CollectionName): RecordKind {
  return kindByCollection.get(collection) as RecordKind;
}

/**
 * The registry entry of a kind, own keys only: a kind read from user input such as
 * `__proto__` or `toString` is an error that names it, never Object.prototype.
 */
export function kindEntry(kind: RecordKind): (typeof KINDS)[RecordKind] {
  if (!Object.hasOwn(KINDS, kind))
    throw new RangeError(`unknown record kind "${String(kind)}" (known: ${RECORD_KINDS.join(", ")})`);
  return KINDS[kind];
}

/** The collection that holds a record kind. */
export function collectionOf(kind: RecordKind): CollectionName {
  return kindEntry(kind).collection;
}

/** The record kind whose pages live under a URL segment (`people` → person), if any. */
export function kindOfSegment(segment: string): RecordKind | undefined {
  return kindBySegment.get(segment);
}

const squash = (word: string) =>
  word
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, "");

/**
 * The record kind a word names: a kind, a collection, a segment or a label, in any case
 * and with or without hyphens or spaces (`People`, `upr`, `uprReviews`, `upr-reviews`).
 */
export function kindNamed(word: string): RecordKind | undefined {
  const wanted = squash(word);
  if (!wanted) return undefined;
  return RECORD_KINDS.find((kind) => {
    const { collection, segment, one, many } = KINDS[kind];
    return [kind, collection, segment, one, many].some((name) => squash(name) === wanted);
  });
}

/** Whether a string is a record kind (own keys only: `__proto__` is not a kind). */
export function isRecordKind(value: string): value is RecordKind {
  return Object.hasOwn(KINDS, value);
}
