import { z } from "zod";
import { CouncilVote } from "./council-vote.js";
import { Discrepancy } from "./discrepancy.js";
import { Event } from "./event.js";
import { COLLECTION_NAMES, type CollectionName } from "./kinds.js";
import { MembershipTerm } from "./membership-term.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { Recommendation } from "./recommendation.js";
import { Reform } from "./reform.js";
import { Source } from "./source.js";
import { Statement } from "./statement.js";
import { Topic } from "./topic.js";
import { Unknown } from "./unknown.js";
import { UprReview } from "./upr-review.js";

/** Each collection of the dataset with the schema of its records (the kinds are in kinds.ts). */
export const COLLECTIONS = {
  sources: Source,
  people: Person,
  organizations: Organization,
  events: Event,
  statements: Statement,
  membershipTerms: MembershipTerm,
  uprReviews: UprReview,
  recommendations: Recommendation,
  votes: CouncilVote,
  reforms: Reform,
  topics: Topic,
  discrepancies: Discrepancy,
  unknowns: Unknown,
} as const satisfies Record<CollectionName, z.ZodType>;

export { COLLECTION_NAMES, type CollectionName };

/** The whole record as exported: a version plus every collection, in export order. */
export const Dataset = z.strictObject({
  version: z.string(),
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, z.array(COLLECTIONS[name])])) as {
    [K in CollectionName]: z.ZodArray<(typeof COLLECTIONS)[K]>;
  }),
});
export type Dataset = z.infer<typeof Dataset>;
