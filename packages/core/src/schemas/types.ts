/** The record types, inferred from the zod schemas; type-only, so importing them loads no zod. */
export type { Citation } from "./citation.js";
export type { Dataset } from "./dataset.js";
export type { DataFile } from "./data-file.js";
export type { CouncilVote, VoteCast, VotePosition } from "./council-vote.js";
export type { Discrepancy } from "./discrepancy.js";
export type { Event, EventKind, Participant, Vote } from "./event.js";
export type { MembershipTerm, RegionalGroup } from "./membership-term.js";
export type { Organization, OrganizationKind } from "./organization.js";
export type { Person, PersonRole } from "./person.js";
export type { RecordKind, RecordRef } from "./primitives.js";
export type { QuoteChecks } from "./quote-checks.js";
export type { Recommendation, RecommendationResponse } from "./recommendation.js";
export type { Reform, ReformStage, ReformStageKind } from "./reform.js";
export type { Perspective, Source, SourceKind } from "./source.js";
export type { AssessmentLink, AssessmentRelation, Statement, StatementKind } from "./statement.js";
export type { Topic } from "./topic.js";
export type { Unknown } from "./unknown.js";
export type { UprDocument, UprReview } from "./upr-review.js";
