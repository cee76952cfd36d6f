import { normalizeForMatch } from "../text/normalize.js";

/**
 * A 53-bit fingerprint (cyrb53) of a quote's normalized text, as 14 hex digits. Pure JS,
 * so browsers and the TUI can check the quote-check record without node:crypto. It
 * detects a quote edited after it was checked; it is not a security measure.
 */
export function quoteFingerprint(quote: string): string {
  const text = normalizeForMatch(quote);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
