import { z } from "zod";
import { Area, Significance } from "./area.js";
import { Citations } from "./citation.js";
import { Id, Label, RecordRef, SafeText, Title } from "./primitives.js";

/** One value that some sources give. */
export const DiscrepancyVariant = z.strictObject({
  value: SafeText,
  citations: Citations,
});

/** Sources that disagree: every variant kept, one preferred with a reason. */
export const Discrepancy = z
  .strictObject({
    id: Id,
    title: Title,
    about: z.array(RecordRef).min(1, { error: "must name at least one record it is about" }),
    field: Label.meta({ description: "What the sources disagree on, e.g. election date." }),
    variants: z.array(DiscrepancyVariant).min(2, { error: "must keep at least two variants" }),
    preferred: z.int().nonnegative().meta({ description: "Index of the preferred variant." }),
    reason: SafeText.meta({ description: "Why that variant is preferred." }),
    area: Area.optional(),
    significance: Significance.optional(),
  })
  .refine((d) => d.preferred < d.variants.length, { error: "must point at one of the variants", path: ["preferred"] });
export type Discrepancy = z.infer<typeof Discrepancy>;
