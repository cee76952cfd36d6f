/**
 * A source's two addresses as readers should be shown them: the document's own
 * ("Original …") and, when different, the copy that was read ("Read at …"), never a
 * copy presented as the original.
 */
import type { CopyKind, Source } from "../schemas/source.js";
import { COPY_LABELS } from "../schemas/vocabulary.js";

export interface SourceAddresses {
  /** The document's own address, when the record establishes it. */
  original?: string;
  /**
   * The copy read, when it is not the original: where the quotes' text was taken from,
   * and what kind of copy it is, in words.
   */
  readAt?: { url: string; copy: CopyKind; label: string };
  /**
   * True when the source has an address but its original's could not be established
   * (a copy with no `canonicalUrl`): say so rather than show the copy as the original.
   */
  originalUnknown: boolean;
  /** An archived snapshot a curator opened. */
  snapshot?: string;
  /** Where the quotes' text was read: the copy when there is one, else the original. */
  textAt?: string;
}

/** The original's address and the copy read, kept apart. */
export function sourceAddresses(
  source: Pick<Source, "url" | "copy" | "canonicalUrl" | "snapshotUrl">,
): SourceAddresses {
  const snapshot = source.snapshotUrl ? { snapshot: source.snapshotUrl } : {};
  if (!source.copy || !source.url) {
    return { ...(source.url ? { original: source.url, textAt: source.url } : {}), originalUnknown: false, ...snapshot };
  }
  return {
    ...(source.canonicalUrl ? { original: source.canonicalUrl } : {}),
    readAt: { url: source.url, copy: source.copy, label: COPY_LABELS[source.copy] },
    originalUnknown: !source.canonicalUrl,
    textAt: source.url,
    ...snapshot,
  };
}

/** Hosts that serve test or staging copies of a site, which are never a document's original. */
const TEST_HOST = /(^|\.)(test|dev|staging|stage|preview|uat)\.|\.un-icc\.cloud$/i;

/** Whether an address is on a test or staging host. */
export function isTestHost(url: string): boolean {
  try {
    return TEST_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The UN's link for a document symbol (the official document, in the reader's language). */
export function unSymbolUrl(symbol: string): string {
  return `https://undocs.org/${symbol.trim().split("/").map(encodeURIComponent).join("/")}`;
}
