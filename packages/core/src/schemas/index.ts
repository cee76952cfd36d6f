export { type DataIssue, DataValidationError, formatIssue } from "../data/errors.js";
export { loadDataset } from "../data/load.js";
export { dataFileJsonSchema, datasetJsonSchema } from "../export/json-schema.js";
export { Area, Significance } from "./area.js";
export { Citation, Citations } from "./citation.js";
export { CouncilVote, VOTE_SYMBOL, VoteCast, VotePosition } from "./council-vote.js";
export { DataFile } from "./data-file.js";
export { COLLECTION_NAMES, COLLECTIONS, type CollectionName, Dataset } from "./dataset.js";
export { Discrepancy, DiscrepancyVariant } from "./discrepancy.js";
export { Event, EventKind, Participant } from "./event.js";
export { MembershipTerm, RegionalGroup } from "./membership-term.js";
export { Organization, OrganizationKind } from "./organization.js";
export { Person, PersonRole } from "./person.js";
export {
  Id,
  Label,
  LanguageCode,
  LongText,
  Name,
  PartialDate,
  RecordKind,
  RecordRef,
  SafeText,
  Sha256,
  TEXT_LIMITS,
  Title,
  UNSAFE_CHARACTERS,
  Url,
} from "./primitives.js";
export { QuoteChecks } from "./quote-checks.js";
export { Recommendation, RecommendationResponse } from "./recommendation.js";
export { Reform, ReformStage, ReformStageKind } from "./reform.js";
export { CopyKind, Perspective, Source, SourceKind } from "./source.js";
export { AssessmentLink, AssessmentRelation, Statement, StatementKind } from "./statement.js";
export { Topic } from "./topic.js";
export { Unknown } from "./unknown.js";
export { UprDocument, UprDocumentKind, UprReview } from "./upr-review.js";
export { PERSPECTIVES, RECORD_KINDS } from "./vocabulary.js";
