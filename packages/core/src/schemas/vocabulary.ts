/**
 * Closed vocabularies as plain constants, free of zod, so that the query grammar and
 * browser widgets can use them without bundling the schemas.
 */
export const RECORD_KINDS = [
  "source",
  "person",
  "organization",
  "event",
  "statement",
  "membership-term",
  "upr-review",
  "reform",
  "topic",
  "discrepancy",
  "unknown",
] as const;

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

/** The collections of the dataset, in export order. */
export const COLLECTION_NAMES = [
  "sources",
  "people",
  "organizations",
  "events",
  "statements",
  "membershipTerms",
  "uprReviews",
  "reforms",
  "topics",
  "discrepancies",
  "unknowns",
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];
