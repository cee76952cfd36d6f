/**
 * Closed vocabularies as plain constants, free of zod, so that the query grammar and
 * browser widgets can use them without bundling the schemas.
 */
export { COLLECTION_NAMES, type CollectionName, RECORD_KINDS, type RecordKind } from "./kinds.js";

export const PERSPECTIVES = [
  "kazakh-government",
  "kazakh-state-affiliated-media",
  "independent-media",
  "intergovernmental",
  "foreign-government",
  "civil-society",
  "academic",
] as const;

/** How a member can cast its vote on a recorded Council vote. */
export const VOTES = ["in-favour", "against", "abstained"] as const;

/** The bodies whose recorded votes the record holds. */
export const VOTE_BODIES = ["human-rights-council", "general-assembly"] as const;

/** What a recorded vote was on. */
export const VOTE_SUBJECTS = ["resolution", "decision", "amendment", "motion"] as const;

/**
 * Kazakhstan's response to a UPR recommendation as the review's report states it:
 * supported (and, where the report says so, considered already implemented, being
 * implemented, or either of the two as the 2010 report put it), noted, pending (to be
 * examined, with a later answer), or unknown where no source states it.
 */
export const RECOMMENDATION_RESPONSES = [
  "supported",
  "supported-implemented",
  "supported-being-implemented",
  "supported-implemented-or-being-implemented",
  "noted",
  "pending",
  "unknown",
] as const;

/** Each vote in words. */
export const VOTE_LABELS: Readonly<Record<(typeof VOTES)[number], string>> = {
  "in-favour": "In favour",
  against: "Against",
  abstained: "Abstained",
};

/** Each perspective in words, the same on the site, in the terminal and in exports. */
export const PERSPECTIVE_LABELS: Readonly<Record<(typeof PERSPECTIVES)[number], string>> = {
  "kazakh-government": "Kazakh government",
  "kazakh-state-affiliated-media": "Kazakh state-affiliated media",
  "independent-media": "Independent media",
  intergovernmental: "Intergovernmental body",
  "foreign-government": "Foreign government or parliament",
  "civil-society": "Civil society",
  academic: "Academic",
};

/** Kinds of event, from a candidacy to a protest. */
export const EVENT_KINDS = [
  "candidacy",
  "election",
  "membership-term-start",
  "membership-term-end",
  "upr-review",
  "upr-adoption",
  "council-session",
  "high-level-segment",
  "statement",
  "law",
  "decree",
  "ratification",
  "referendum",
  "resolution",
  "report",
  "conference",
  "visit",
  "protest",
  "other",
] as const;

/**
 * The part of the record a discrepancy or an unknown belongs to, in the order lists
 * group them: the events and assessments readers ask about most come first, details of
 * names, dates and documents last.
 */
export const AREAS = [
  "events-and-assessments",
  "council-membership",
  "council-sessions",
  "upr",
  "reforms",
  "un-monitoring",
  "people-and-names",
  "dates-and-sources",
] as const;

/** Each area in words, with what it covers. */
export const AREA_LABELS: Readonly<Record<(typeof AREAS)[number], { label: string; description: string }>> = {
  "events-and-assessments": {
    label: "Events and independent assessments",
    description:
      "What happened in Kazakhstan (the January 2022 events, Zhanaozen) and what observers reported about it.",
  },
  "council-membership": {
    label: "Council membership",
    description: "Candidacies, pledges, elections, membership terms and offices held on the Council.",
  },
  "council-sessions": {
    label: "Council sessions and votes",
    description: "What Kazakhstan said, put forward and voted on at Council sessions.",
  },
  upr: {
    label: "Universal Periodic Review",
    description: "The reviews, their recommendations and Kazakhstan's responses.",
  },
  reforms: { label: "Reforms and laws", description: "The reforms officials cited: their laws, dates and effects." },
  "un-monitoring": {
    label: "UN experts and treaty bodies",
    description: "Visits of the Council's special procedures and reviews by the UN treaty committees.",
  },
  "people-and-names": { label: "People, names and titles", description: "Who someone is: names, titles, pronouns." },
  "dates-and-sources": {
    label: "Dates, documents and sources",
    description: "When a source was published, a document's symbol or date, the wording of a copy.",
  },
};

/** How much a discrepancy or an unknown matters to a reader, most first. */
export const SIGNIFICANCES = ["high", "medium", "low"] as const;

/** Each significance in words, with the rule curators apply. */
export const SIGNIFICANCE_LABELS: Readonly<
  Record<(typeof SIGNIFICANCES)[number], { label: string; description: string }>
> = {
  high: {
    label: "High significance",
    description:
      "Bears on a central fact: lives lost, Kazakhstan's membership, its votes or statements as a member, the outcome of a review or what a reform does.",
  },
  medium: {
    label: "Medium significance",
    description:
      "A date, count or detail of an important event, document or claim: it changes how the event is told, not what happened.",
  },
  low: {
    label: "Low significance",
    description: "A detail of a name, title, pronoun, document symbol or a source's own date.",
  },
};

/**
 * What the copy of a source that was read is, when it is not the publisher's own page.
 * Readers are shown the original's address beside it, never the copy as the original.
 */
export const COPY_KINDS = [
  "publisher-copy",
  "test-host",
  "mirror",
  "document-sharing",
  "republication",
  "text-copy",
  "web-archive",
] as const;

/** Each kind of copy in words, as it completes "Read at … (…)". */
export const COPY_LABELS: Readonly<Record<(typeof COPY_KINDS)[number], string>> = {
  "publisher-copy": "the publisher's own copy at another address",
  "test-host": "a copy on the publisher's test or staging host, not its public site",
  mirror: "a copy of the page at another address",
  "document-sharing": "a copy uploaded to a document-sharing site",
  republication: "a republication by another site",
  "text-copy": "a plain-text copy of the document",
  "web-archive": "a web-archive snapshot",
};
