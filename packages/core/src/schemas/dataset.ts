import { z } from "zod";
import { Discrepancy } from "./discrepancy.js";
import { Event } from "./event.js";
import { MembershipTerm } from "./membership-term.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { Reform } from "./reform.js";
import { Source } from "./source.js";
import { Statement } from "./statement.js";
import { Topic } from "./topic.js";
import { Unknown } from "./unknown.js";
import { UprReview } from "./upr-review.js";
import { COLLECTION_NAMES, type CollectionName } from "./vocabulary.js";

/** Each collection of the dataset, keyed as in exports, with the schema of its records. */
export const COLLECTIONS = {
  sources: Source,
  people: Person,
  organizations: Organization,
  events: Event,
  statements: Statement,
  membershipTerms: MembershipTerm,
  uprReviews: UprReview,
  reforms: Reform,
  topics: Topic,
  discrepancies: Discrepancy,
  unknowns: Unknown,
} as const satisfies Record<CollectionName, z.ZodType>;

export { COLLECTION_NAMES, type CollectionName };

/** The whole record as exported: a version plus every collection. */
export const Dataset = z.strictObject({
  version: z.string(),
  sources: z.array(Source),
  people: z.array(Person),
  organizations: z.array(Organization),
  events: z.array(Event),
  statements: z.array(Statement),
  membershipTerms: z.array(MembershipTerm),
  uprReviews: z.array(UprReview),
  reforms: z.array(Reform),
  topics: z.array(Topic),
  discrepancies: z.array(Discrepancy),
  unknowns: z.array(Unknown),
});
export type Dataset = z.infer<typeof Dataset>;
