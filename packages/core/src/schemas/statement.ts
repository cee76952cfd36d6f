import { z } from "zod";
import { Citations } from "./citation.js";
import { Id, PartialDate, SafeText } from "./primitives.js";

export const StatementKind = z.enum(
  ["commitment", "achievement-claim", "assessment", "criticism", "recommendation", "congratulation", "position"],
  { error: "must be a known statement kind" },
);
export type StatementKind = z.infer<typeof StatementKind>;

export const AssessmentRelation = z.enum(["supports", "contradicts", "context"], {
  error: "must be supports, contradicts or context",
});
export type AssessmentRelation = z.infer<typeof AssessmentRelation>;

/**
 * A typed link from an independent assessment to a claim of the same topic and period:
 * the assessment supports it, contradicts it, or gives it context. No verdict of ours.
 */
export const AssessmentLink = z.strictObject({
  statementId: Id.meta({ description: "The claim (usually an official's statement) being assessed." }),
  relation: AssessmentRelation,
  note: SafeText.meta({ description: "Why the two are linked, in neutral words; no verdict." }),
});
export type AssessmentLink = z.infer<typeof AssessmentLink>;

/** Words someone said or wrote, quoted verbatim. */
export const Statement = z
  .strictObject({
    id: Id,
    speakerId: Id.optional().meta({ description: "Person who spoke." }),
    organizationId: Id.optional().meta({ description: "Body speaking, or on whose behalf the person spoke." }),
    eventId: Id.optional(),
    date: PartialDate,
    quote: SafeText.max(600).meta({ description: "Verbatim; must occur in one of the citations' quotes." }),
    translation: SafeText.max(1500).optional().meta({
      description:
        "For a quote not in English: our own English translation of the quote, shown beside it and marked as ours.",
    }),
    kind: StatementKind,
    topicIds: z.array(Id).default([]),
    summary: SafeText.optional(),
    assesses: z.array(AssessmentLink).default([]).meta({ description: "Claims this statement assesses." }),
    citations: Citations,
  })
  .refine((s) => s.speakerId !== undefined || s.organizationId !== undefined, {
    error: "must name a speakerId or an organizationId",
    path: ["speakerId"],
  });
export type Statement = z.infer<typeof Statement>;
