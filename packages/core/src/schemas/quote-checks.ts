import { z } from "zod";
import { Id, PartialDate, Sha256 } from "./primitives.js";

/**
 * The record of quote checks made at curation time: for each source, the digest of the
 * archived text that was checked and the fingerprints of the quotes found in it. Archived
 * texts of third-party pages are not redistributed, so this record is what lets readers
 * see which quotes a machine has checked.
 */
export const QuoteChecks = z.strictObject({
  $comment: z.string().optional(),
  sources: z.record(
    Id,
    z.strictObject({ sha256: Sha256, checkedOn: PartialDate, quotes: z.array(z.string().regex(/^[0-9a-f]{14}$/)) }),
  ),
});
export type QuoteChecks = z.infer<typeof QuoteChecks>;
