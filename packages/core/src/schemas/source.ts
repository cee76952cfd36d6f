import { z } from "zod";
import { Id, Label, LanguageCode, PartialDate, SafeText, Sha256, Title, Url } from "./primitives.js";
import { COPY_KINDS, PERSPECTIVES } from "./vocabulary.js";

export const SourceKind = z.enum(
  ["news", "press-release", "un-document", "ngo-report", "parliament-text", "official-record", "analysis", "web-page"],
  { error: "must be a known source kind" },
);
export type SourceKind = z.infer<typeof SourceKind>;

/** Who is speaking through a source; lets readers weigh a claim against independent accounts. */
export const Perspective = z.enum(PERSPECTIVES, { error: "must be a known perspective" });
export type Perspective = z.infer<typeof Perspective>;

/** What the copy read is, when it is not at the publisher's own address. */
export const CopyKind = z.enum(COPY_KINDS, { error: "must be a known kind of copy" });
export type CopyKind = z.infer<typeof CopyKind>;

/**
 * A document, article or page the record quotes. Two addresses are kept apart: `url`,
 * where the text the quotes come from was read, and `canonicalUrl`, the document's own
 * address, when the copy read is elsewhere (`copy` says what it is). A copy without a
 * `canonicalUrl` says that the original's address could not be established.
 */
export const Source = z.strictObject({
  id: Id,
  title: Title,
  publisherId: Id.meta({ description: "Organization that published it." }),
  url: Url.optional().meta({
    description:
      "Address of the copy that was read: the text the quotes were taken from. The publisher's own address unless `copy` says otherwise.",
  }),
  copy: CopyKind.optional().meta({
    description:
      "What the copy read at `url` is when it is not the publisher's own page: the publisher's own copy at another address (a document store), a test or staging host, a mirror, a document-sharing site, a republication, a plain-text copy, or a web-archive snapshot.",
  }),
  canonicalUrl: Url.optional().meta({
    description:
      "The document's own address when the copy read is elsewhere: the publisher's URL, or for a UN document the UN's link for its symbol (https://undocs.org/<symbol>). Absent on a copy when it could not be established.",
  }),
  snapshotUrl: Url.optional().meta({
    description:
      "An archived snapshot of the page (for example in the Wayback Machine) that a curator opened; the last address the online re-check tries.",
  }),
  published: PartialDate.optional(),
  author: Label.optional(),
  language: LanguageCode,
  kind: SourceKind,
  perspective: Perspective,
  unSymbol: Label.optional().meta({ description: "UN document symbol, e.g. A/HRC/28/10." }),
  republishes: Id.optional().meta({ description: "The source this one republishes (same origin)." }),
  archiveSha256: Sha256.optional().meta({
    description: "SHA-256 of the archived text the quotes were taken from.",
  }),
  notes: SafeText.optional(),
});
export type Source = z.infer<typeof Source>;
