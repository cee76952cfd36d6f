import { z } from "zod";
import { Citations } from "./citation.js";
import { Id, Label, PartialDate, SafeText, Title } from "./primitives.js";
import { VOTE_BODIES, VOTE_SUBJECTS, VOTES } from "./vocabulary.js";

/** How a state cast its vote. */
export const VoteCast = z.enum(VOTES, { error: `must be one of ${VOTES.join(", ")}` });
export type VoteCast = z.infer<typeof VoteCast>;

/**
 * A UN document symbol of a resolution, decision or draft in the UN's own form:
 * A/HRC/RES/25/25, A/HRC/DEC/22/117, A/HRC/RES/S-34/1, A/HRC/51/L.6, A/RES/ES-11/3.
 */
export const VOTE_SYMBOL =
  /^A\/(?:HRC\/)?(?:(?:RES|DEC)\/(?:S-\d{1,2}|ES-\d{1,2}|\d{1,3})\/\d{1,4}|\d{1,3}\/L\.\d{1,4}(?:\/Rev\.\d)?)$/;

/** A state's vote on a recorded vote, established by the citations that name it. */
export const VotePosition = z.strictObject({
  stateId: Id.meta({ description: "The state (organization id)." }),
  vote: VoteCast,
  citations: Citations.meta({ description: "Sources that name this state's vote; never inferred from totals." }),
});
export type VotePosition = z.infer<typeof VotePosition>;

const Count = z.int().nonnegative();

/** A recorded vote of the Council (or of the General Assembly about the Council). */
export const CouncilVote = z
  .strictObject({
    id: Id,
    symbol: z
      .string()
      .regex(VOTE_SYMBOL, { error: "must be a UN symbol such as A/HRC/RES/25/25, A/HRC/DEC/22/117 or A/HRC/51/L.6" })
      .optional()
      .meta({ description: "Symbol of the resolution or decision adopted (or of the draft, for a rejected one)." }),
    body: z.enum(VOTE_BODIES, { error: `must be one of ${VOTE_BODIES.join(", ")}` }),
    subject: z.enum(VOTE_SUBJECTS, { error: `must be one of ${VOTE_SUBJECTS.join(", ")}` }).meta({
      description: "What was voted on: a draft resolution or decision, an amendment, or a procedural motion.",
    }),
    title: Title,
    session: Label.optional().meta({ description: "e.g. HRC 51, HRC S-34, GA ES-11." }),
    date: PartialDate,
    adopted: z.boolean().optional(),
    totals: z
      .strictObject({ inFavour: Count, against: Count, abstaining: Count })
      .optional()
      .meta({ description: "As a source gives them." }),
    positions: z.array(VotePosition).default([]).meta({ description: "States whose vote a source names." }),
    positionNote: SafeText.optional().meta({ description: "What is known, or not, about Kazakhstan's vote." }),
    topicIds: z.array(Id).default([]),
    summary: SafeText.optional(),
    citations: Citations,
  })
  .refine(
    (v) =>
      !v.totals ||
      v.body !== "human-rights-council" ||
      v.totals.inFavour + v.totals.against + v.totals.abstaining <= 47,
    {
      error: "totals add up to more than the Council's 47 members",
      path: ["totals"],
    },
  );
export type CouncilVote = z.infer<typeof CouncilVote>;
