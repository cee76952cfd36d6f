/**
 * What each record kind does, in one place: its title, date, sub-type, list order, the
 * citations it carries, the records it refers to, the facets filters test and the words
 * search indexes. Stores, lists, exports, integrity checks, search and both apps derive
 * from this table (the kinds' names, collections and labels are in schemas/kinds.ts).
 */
import type { Citation } from "../schemas/citation.js";
import type { RecordKind } from "../schemas/kinds.js";
import { SIGNIFICANCES } from "../schemas/vocabulary.js";
import { compareDates } from "../text/dates.js";
import { byCodePoint } from "../text/order.js";
import { termYears } from "../text/wording.js";
import type { RecordOfKind } from "./store.js";

/** A reference from a record to another, for integrity checks: the field, the kind referred to, the id. */
export type Reference = readonly [field: string, kind: RecordKind, id: string | undefined];

/** Who and what a record concerns, for the shared filter. */
export interface OwnFacets {
  topicIds?: readonly string[];
  personIds?: readonly (string | undefined)[];
  organizationIds?: readonly (string | undefined)[];
}

/** The behaviour of one record kind. */
export interface KindBehaviour<K extends RecordKind> {
  /** The title shown in lists and headings. */
  title(record: RecordOfKind[K]): string;
  /** The date the record is placed at in time, if any. */
  date(record: RecordOfKind[K]): string | undefined;
  /** The record's own type within its kind (event kind, source kind…), if any. */
  type(record: RecordOfKind[K]): string | undefined;
  /** The kind's list order, the same on the site, in the terminal and in exports. */
  compare(a: RecordOfKind[K], b: RecordOfKind[K]): number;
  /** Every citation the record carries, with the field that holds it. */
  citations(record: RecordOfKind[K]): readonly (readonly [field: string, citations: readonly Citation[] | undefined])[];
  /** Every id the record refers to. */
  references(record: RecordOfKind[K]): readonly Reference[];
  /** Who and what it concerns. */
  facets(record: RecordOfKind[K]): OwnFacets;
  /** Its own words for search, most telling first (the title is indexed separately). */
  words(record: RecordOfKind[K]): readonly (string | undefined)[];
}

// One collator for every list sort (localeCompare with options builds one per call), made
// on first use: building one loads ICU's collation data, about 10 ms that a program reading
// the already sorted compiled dataset never needs.
let collators: { readonly text: Intl.Collator; readonly numeric: Intl.Collator } | undefined;
const collator = () =>
  (collators ??= {
    text: new Intl.Collator("en", { sensitivity: "base" }),
    numeric: new Intl.Collator("en", { numeric: true }),
  });
const byText = (a: string, b: string) => collator().text.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
const byDate = (a: string | undefined, b: string | undefined) => compareDates(a ?? "9999", b ?? "9999");
const none = () => undefined;
const noCitations = () => [];
const each = <T>(list: readonly T[] | undefined, field: string, refer: (item: T, at: string) => readonly Reference[]) =>
  (list ?? []).flatMap((item, i) => refer(item, `${field}.${i}`));
const topics = (ids: readonly string[]): Reference[] => ids.map((id, i) => [`topicIds.${i}`, "topic", id]);
/** Cuts text to at most `max` characters at a word boundary, ending with an ellipsis when cut. */
const shorten = (text: string, max: number) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, "")}…`;
};
/** Most significant first; records without a significance last. */
const bySignificance = (a?: string, b?: string) => rank(a) - rank(b);
const rank = (significance?: string) =>
  significance === undefined
    ? SIGNIFICANCES.length
    : SIGNIFICANCES.indexOf(significance as (typeof SIGNIFICANCES)[number]);
/** Compares numbers as printed, such as 124.2 and 124.10, part by part. */
const byNumber = (a = "", b = "") => collator().numeric.compare(a, b);

/** The behaviour of every record kind. */
export const KIND_BEHAVIOUR: { readonly [K in RecordKind]: KindBehaviour<K> } = {
  source: {
    title: (s) => s.title,
    date: (s) => s.published,
    type: (s) => s.kind,
    compare: (a, b) => byDate(a.published, b.published) || byText(a.title, b.title),
    citations: noCitations,
    references: (s) => [
      ["publisherId", "organization", s.publisherId],
      ["republishes", "source", s.republishes],
    ],
    facets: (s) => ({ organizationIds: [s.publisherId] }),
    words: (s) => [s.author, s.unSymbol, s.notes],
  },
  person: {
    title: (p) => p.name,
    date: none,
    type: none,
    compare: (a, b) => byText(a.name, b.name),
    citations: (p) => p.roles.map((r, i) => [`roles.${i}.citations`, r.citations]),
    references: (p) => each(p.roles, "roles", (r, at) => [[`${at}.organizationId`, "organization", r.organizationId]]),
    facets: (p) => ({ personIds: [p.id], organizationIds: p.roles.map((r) => r.organizationId) }),
    words: (p) => [...(p.otherNames ?? []), ...p.roles.map((r) => r.title)],
  },
  organization: {
    title: (o) => o.name,
    date: none,
    type: (o) => o.kind,
    compare: (a, b) => byText(a.name, b.name),
    citations: (o) => [["citations", o.citations]],
    references: (o) => [["parentId", "organization", o.parentId]],
    facets: (o) => ({ organizationIds: [o.id] }),
    words: (o) => [o.shortName, o.description],
  },
  event: {
    title: (e) => e.title,
    date: (e) => e.date,
    type: (e) => e.kind,
    compare: (a, b) => byDate(a.date, b.date) || byCodePoint(a.id, b.id),
    citations: (e) => [["citations", e.citations]],
    references: (e) => [
      ...each(e.participants, "participants", (p, at) => [
        [`${at}.personId`, "person", p.personId],
        [`${at}.organizationId`, "organization", p.organizationId],
      ]),
      ...topics(e.topicIds),
    ],
    facets: (e) => ({
      topicIds: e.topicIds,
      personIds: e.participants.map((p) => p.personId),
      organizationIds: e.participants.map((p) => p.organizationId),
    }),
    words: (e) => [e.summary, e.place, e.session, ...e.citations.map((c) => c.quote)],
  },
  statement: {
    title: (s) => `“${shorten(s.quote, 90)}”`,
    date: (s) => s.date,
    type: (s) => s.kind,
    compare: (a, b) => byDate(a.date, b.date) || byCodePoint(a.id, b.id),
    citations: (s) => [["citations", s.citations]],
    references: (s) => [
      ["speakerId", "person", s.speakerId],
      ["organizationId", "organization", s.organizationId],
      ["eventId", "event", s.eventId],
      ...topics(s.topicIds),
      ...each(s.assesses, "assesses", (a, at) => [[`${at}.statementId`, "statement", a.statementId]]),
    ],
    facets: (s) => ({ topicIds: s.topicIds, personIds: [s.speakerId], organizationIds: [s.organizationId] }),
    words: (s) => [s.quote, s.summary],
  },
  "membership-term": {
    title: (t) => `Council membership ${termYears(t, "–")}`,
    date: (t) => t.start,
    type: none,
    compare: (a, b) => byDate(a.start, b.start),
    citations: (t) => [["citations", t.citations]],
    references: (t) => [["electionEventId", "event", t.electionEventId]],
    facets: () => ({ topicIds: ["council-membership"] }),
    words: (t) => [t.summary],
  },
  "upr-review": {
    title: (u) => `Universal Periodic Review, cycle ${u.cycle}`,
    date: (u) => u.reviewDate,
    type: none,
    compare: (a, b) => a.cycle - b.cycle,
    citations: (u) => [["citations", u.citations]],
    references: (u) => [
      ["headOfDelegationId", "person", u.headOfDelegationId],
      ...u.troikaIds.map((id, i): Reference => [`troikaIds.${i}`, "organization", id]),
      ...u.eventIds.map((id, i): Reference => [`eventIds.${i}`, "event", id]),
    ],
    facets: (u) => ({
      topicIds: ["universal-periodic-review"],
      personIds: [u.headOfDelegationId],
      organizationIds: u.troikaIds,
    }),
    words: (u) => [u.summary, ...u.documents.map((d) => d.symbol)],
  },
  recommendation: {
    title: (r) => `${r.number ? `${r.number} ` : ""}${shorten(r.text, 100)}`,
    date: none,
    type: (r) => r.response,
    compare: (a, b) => byCodePoint(a.reviewId, b.reviewId) || byNumber(a.number, b.number) || byCodePoint(a.id, b.id),
    citations: (r) => [["citations", r.citations]],
    references: (r) => [
      ["reviewId", "upr-review", r.reviewId],
      ...r.recommendingStateIds.map((id, i): Reference => [`recommendingStateIds.${i}`, "organization", id]),
      ...topics(r.topicIds),
      ...each(r.related, "related", (ref, at) => [[`${at}.id`, ref.kind, ref.id]]),
    ],
    facets: (r) => ({ topicIds: r.topicIds, organizationIds: r.recommendingStateIds }),
    words: (r) => [r.text, r.number, r.note],
  },
  vote: {
    title: (v) => v.title,
    date: (v) => v.date,
    type: (v) => v.subject,
    compare: (a, b) => byDate(a.date, b.date) || byNumber(a.symbol, b.symbol) || byCodePoint(a.id, b.id),
    citations: (v) => [
      ["citations", v.citations],
      ...v.positions.map((p, i) => [`positions.${i}.citations`, p.citations] as const),
    ],
    references: (v) => [
      ...each(v.positions, "positions", (p, at) => [[`${at}.stateId`, "organization", p.stateId]]),
      ...topics(v.topicIds),
    ],
    facets: (v) => ({ topicIds: v.topicIds, organizationIds: v.positions.map((p) => p.stateId) }),
    words: (v) => [v.symbol, v.session, v.summary, v.positionNote],
  },
  reform: {
    title: (r) => r.title,
    date: (r) => r.stages[0]?.date,
    type: none,
    compare: (a, b) => byDate(a.stages[0]?.date, b.stages[0]?.date) || byCodePoint(a.id, b.id),
    citations: (r) => r.stages.map((s, i) => [`stages.${i}.citations`, s.citations]),
    references: (r) => [
      ...topics(r.topicIds),
      ...each(r.stages, "stages", (s, at) => [[`${at}.eventId`, "event", s.eventId]]),
    ],
    facets: (r) => ({ topicIds: r.topicIds }),
    words: (r) => [r.summary, ...r.stages.map((s) => s.description)],
  },
  topic: {
    title: (t) => t.name,
    date: none,
    type: none,
    compare: (a, b) => byText(a.name, b.name),
    citations: noCitations,
    references: () => [],
    facets: (t) => ({ topicIds: [t.id] }),
    words: (t) => [t.description],
  },
  discrepancy: {
    title: (d) => d.title,
    date: none,
    type: none,
    compare: (a, b) => bySignificance(a.significance, b.significance) || byText(a.title, b.title),
    citations: (d) => d.variants.map((v, i) => [`variants.${i}.citations`, v.citations]),
    references: (d) => each(d.about, "about", (ref, at) => [[`${at}.id`, ref.kind, ref.id]]),
    facets: () => ({}),
    words: (d) => [d.field, d.reason, ...d.variants.map((v) => v.value)],
  },
  unknown: {
    title: (u) => u.question,
    date: none,
    type: none,
    compare: (a, b) => bySignificance(a.significance, b.significance) || byText(a.question, b.question),
    citations: noCitations,
    references: (u) => each(u.about, "about", (ref, at) => [[`${at}.id`, ref.kind, ref.id]]),
    facets: () => ({}),
    words: (u) => [u.notes, ...u.searched],
  },
};

/** The behaviour of a kind, typed for that kind. */
export function behaviourOf<K extends RecordKind>(kind: K): KindBehaviour<K> {
  if (!Object.hasOwn(KIND_BEHAVIOUR, kind)) throw new RangeError(`unknown record kind "${String(kind)}"`);
  return KIND_BEHAVIOUR[kind] as KindBehaviour<K>;
}
