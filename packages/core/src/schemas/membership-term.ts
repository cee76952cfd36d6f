import { z } from "zod";
import { Citations } from "./citation.js";
import { Id, PartialDate, SafeText } from "./primitives.js";

export const RegionalGroup = z.enum(
  ["african", "asia-pacific", "eastern-european", "latin-american-caribbean", "western-european-other"],
  { error: "must be a UN regional group" },
);
export type RegionalGroup = z.infer<typeof RegionalGroup>;

/** A term of Kazakhstan's membership of the Council. */
export const MembershipTerm = z.strictObject({
  id: Id,
  start: PartialDate,
  end: PartialDate,
  electionEventId: Id.optional(),
  regionalGroup: RegionalGroup.optional(),
  votes: z
    .strictObject({
      received: z.int().nonnegative(),
      of: z.int().positive().meta({ description: "Member states voting or the UN membership, as the source says." }),
    })
    .optional(),
  summary: SafeText.optional(),
  citations: Citations,
});
export type MembershipTerm = z.infer<typeof MembershipTerm>;
