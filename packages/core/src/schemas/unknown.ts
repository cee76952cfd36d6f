import { z } from "zod";
import { Area, Significance } from "./area.js";
import { Id, LongText, PartialDate, RecordRef, SafeText } from "./primitives.js";

/** A fact looked for and not found: shown as "not yet established", never as a blank. */
export const Unknown = z.strictObject({
  id: Id,
  question: SafeText,
  about: z.array(RecordRef).default([]),
  searched: z.array(SafeText).min(1, { error: "must say where it was looked for" }),
  checkedOn: PartialDate,
  notes: LongText.optional(),
  area: Area.optional(),
  significance: Significance.optional(),
});
export type Unknown = z.infer<typeof Unknown>;
