import { z } from "zod";
import { Id, SafeText } from "./primitives.js";

/** A verbatim quote from a source that backs the record carrying it. */
export const Citation = z.strictObject({
  sourceId: Id,
  quote: SafeText.max(600, { error: "must be a short quote (600 characters at most)" }).meta({
    description: "Verbatim text of the source; checked by machine against the archived text.",
  }),
  locator: SafeText.max(120).optional().meta({ description: "Where in the source: paragraph, page or section." }),
});
export type Citation = z.infer<typeof Citation>;

/** At least one citation: every fact-bearing record carries one. */
export const Citations = z.array(Citation).min(1, { error: "must have at least one citation" });
