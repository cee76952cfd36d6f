import { z } from "zod";
import { PERSPECTIVES } from "./vocabulary.js";
import { Id, LanguageCode, PartialDate, SafeText, Sha256, Url } from "./primitives.js";

export const SourceKind = z.enum(
  ["news", "press-release", "un-document", "ngo-report", "parliament-text", "official-record", "analysis", "web-page"],
  { error: "must be a known source kind" },
);
export type SourceKind = z.infer<typeof SourceKind>;

/** Who is speaking through a source; lets readers weigh a claim against independent accounts. */
export const Perspective = z.enum(PERSPECTIVES, { error: "must be a known perspective" });
export type Perspective = z.infer<typeof Perspective>;

/** A document, article or page the record quotes. */
export const Source = z.strictObject({
  id: Id,
  title: SafeText,
  publisherId: Id.meta({ description: "Organization that published it." }),
  url: Url.optional(),
  published: PartialDate.optional(),
  author: SafeText.optional(),
  language: LanguageCode,
  kind: SourceKind,
  perspective: Perspective,
  unSymbol: SafeText.optional().meta({ description: "UN document symbol, e.g. A/HRC/28/10." }),
  republishes: Id.optional().meta({ description: "The source this one republishes (same origin)." }),
  archiveSha256: Sha256.optional().meta({
    description: "SHA-256 of the archived text the quotes were taken from.",
  }),
  notes: SafeText.optional(),
});
export type Source = z.infer<typeof Source>;
