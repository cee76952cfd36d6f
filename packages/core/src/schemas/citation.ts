import { z } from "zod";
import { Id, LanguageCode, SafeText } from "./primitives.js";

/** A verbatim quote from a source that backs the record carrying it. */
export const Citation = z.strictObject({
  sourceId: Id,
  quote: SafeText.max(600, { error: "must be a short quote (600 characters at most)" }).meta({
    description: "Verbatim text of the source; checked by machine against the archived text.",
  }),
  locator: SafeText.max(120).optional().meta({ description: "Where in the source: paragraph, page or section." }),
  language: LanguageCode.optional().meta({
    description:
      "The quote's language (ISO 639-1) where it differs from its source's, such as an English title on a Spanish page.",
  }),
  translation: SafeText.max(1500, { error: "must be a translation of the quote (1,500 characters at most)" })
    .optional()
    .meta({
      description:
        "For a quote not in English: our own English translation of it, shown beside the quote and marked as ours. Faithful; a word we are unsure of is followed by a bracketed note.",
    }),
});
export type Citation = z.infer<typeof Citation>;

/** At least one citation: every fact-bearing record carries one. */
export const Citations = z.array(Citation).min(1, { error: "must have at least one citation" });
