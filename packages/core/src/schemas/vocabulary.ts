/**
 * Closed vocabularies as plain constants, free of zod, so that the query grammar and
 * browser widgets can use them without bundling the schemas.
 */
export { COLLECTION_NAMES, RECORD_KINDS, type CollectionName, type RecordKind } from "./kinds.js";

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

