import { z } from "zod";
import { AREAS, SIGNIFICANCES } from "./vocabulary.js";

// Every discrepancy and unknown is given both (CURATING.md, "Areas and significance"); the
// schemas leave them optional so that a record being written still loads, and the data
// tests fail until it is placed.

/** The part of the record a discrepancy or an unknown belongs to; lists group by it. */
export const Area = z.enum(AREAS, { error: `must be one of ${AREAS.join(", ")}` }).meta({
  description: "The part of the record it belongs to (see AREA_LABELS); lists group by it.",
});
export type Area = z.infer<typeof Area>;

/** How much it matters to a reader; lists order by it, most first. */
export const Significance = z.enum(SIGNIFICANCES, { error: `must be one of ${SIGNIFICANCES.join(", ")}` }).meta({
  description:
    "high: a central fact (lives, membership, votes, a review's outcome, what a reform does); medium: a date, count or detail of an important event; low: a name, title, symbol or a source's own date.",
});
export type Significance = z.infer<typeof Significance>;
