import { z } from "zod";
import { Citations } from "./citation.js";
import { Id, PartialDate, SafeText, Title } from "./primitives.js";

export const ReformStageKind = z.enum(
  [
    "announced",
    "moratorium",
    "signed",
    "adopted",
    "ratified",
    "deposited",
    "in-force",
    "entrenched",
    "established",
    "implemented",
    "amended",
    "other",
  ],
  { error: "must be a known reform stage" },
);
export type ReformStageKind = z.infer<typeof ReformStageKind>;

/** One dated step of a reform: signing, ratification, entry into force… */
export const ReformStage = z.strictObject({
  stage: ReformStageKind,
  date: PartialDate,
  description: SafeText,
  eventId: Id.optional(),
  citations: Citations,
});
export type ReformStage = z.infer<typeof ReformStage>;

/** A domestic reform as a staged process, so "done as of which step?" has an answer. */
export const Reform = z.strictObject({
  id: Id,
  title: Title,
  summary: SafeText,
  topicIds: z.array(Id).default([]),
  stages: z.array(ReformStage).min(1, { error: "must have at least one dated stage" }),
});
export type Reform = z.infer<typeof Reform>;
