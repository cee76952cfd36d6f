import { z } from "zod";
import { Citations } from "./citation.js";
import { Id, Label, PartialDate, SafeText, Url } from "./primitives.js";

export const UprDocumentKind = z.enum(
  ["national-report", "un-compilation", "stakeholder-summary", "working-group-report", "addendum", "decision", "other"],
  { error: "must be a known UPR document kind" },
);

/** A UN document of a review, by its symbol. */
export const UprDocument = z.strictObject({
  symbol: Label,
  kind: UprDocumentKind,
  url: Url.optional(),
});
export type UprDocument = z.infer<typeof UprDocument>;

/** One Universal Periodic Review of Kazakhstan. */
export const UprReview = z.strictObject({
  id: Id,
  cycle: z.int().min(1).max(9),
  workingGroupSession: z.int().positive().optional(),
  reviewDate: PartialDate.optional(),
  adoptionDate: PartialDate.optional(),
  adoptionSession: z.int().positive().optional().meta({ description: "Council session that adopted the outcome." }),
  headOfDelegationId: Id.optional(),
  troikaIds: z.array(Id).default([]),
  documents: z.array(UprDocument).default([]),
  recommendations: z
    .strictObject({
      received: z.int().nonnegative().optional(),
      supported: z.int().nonnegative().optional(),
      noted: z.int().nonnegative().optional(),
    })
    .optional(),
  recommendationsItemized: z.enum(["all", "some"], { error: "must be all or some" }).optional().meta({
    description:
      "Whether the recommendation records hold every recommendation of the report (all) or only those a source quotes (some).",
  }),
  eventIds: z.array(Id).default([]),
  summary: SafeText.optional(),
  citations: Citations,
});
export type UprReview = z.infer<typeof UprReview>;
