import { z } from "zod";
import { Citations } from "./citation.js";
import { Id, RecordRef, SafeText } from "./primitives.js";
import { RECOMMENDATION_RESPONSES } from "./vocabulary.js";

/** Kazakhstan's response to a UPR recommendation, in the words of the report that states it. */
export const RecommendationResponse = z.enum(RECOMMENDATION_RESPONSES, {
  error: `must be one of ${RECOMMENDATION_RESPONSES.join(", ")}`,
});
export type RecommendationResponse = z.infer<typeof RecommendationResponse>;

/** One recommendation a UPR review made to Kazakhstan, quoted verbatim from the report. */
export const Recommendation = z.strictObject({
  id: Id,
  reviewId: Id.meta({ description: "The UPR review (upr-review id) that made it." }),
  number: z
    .string()
    .regex(/^\d{1,3}\.\d{1,3}$/, { error: "must be a paragraph and item number such as 126.2" })
    .optional()
    .meta({ description: "The number as printed in the report: paragraph and item, e.g. 124.1." }),
  text: SafeText.max(2000, { error: "must be at most 2,000 characters" }).meta({
    description: "The recommendation verbatim; checked by machine against the source of the first citation.",
  }),
  recommendingStateIds: z
    .array(Id)
    .min(1, { error: "must name at least one recommending state" })
    .meta({ description: "The states (organization ids) that made it." }),
  response: RecommendationResponse,
  topicIds: z.array(Id).default([]),
  related: z
    .array(RecordRef)
    .default([])
    .meta({ description: "Reforms, statements, assessments and later recommendations that bear on it." }),
  note: SafeText.optional(),
  citations: Citations.meta({
    description:
      "The first citation is the document the text is quoted from (locator: the paragraph); its quote, or a later one, states the response.",
  }),
});
export type Recommendation = z.infer<typeof Recommendation>;
