/**
 * Links that take a reader from a quote to the passage on the page it was read from
 * (a URL text fragment, which a supporting browser scrolls to and highlights), and to
 * the Wayback Machine's list of snapshots of an address.
 */

/** Elisions a quote may contain: `…`, `...`, `[…]`, `[...]`. */
const ELISION = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/u;

/** Quote marks and brackets a passage does not start or end with on the page. */
const EDGE = /^[\s"'“”‘’«»„‚([]+|[\s"'“”‘’«»„‚)\]]+$/gu;

/** Parts longer than this many words are matched by their first and last few words. */
const MAX_EXACT_WORDS = 10;
/** Words in each of textStart and textEnd for a long part. */
const EDGE_WORDS = 5;

/**
 * Percent-encodes one term of a text directive. Beyond what encodeURIComponent does,
 * the spec requires `-` (the prefix/suffix marker) to be encoded; `&` and `,` are already.
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D");
}

/**
 * The text directive (`text=start[,end]`, unencoded parts) that finds a quote: the first
 * part of a quote with elisions (a directive matches one run of text), the whole part
 * when it is short, otherwise its first and last few words as textStart and textEnd.
 */
export function textDirectiveParts(quote: string): { start: string; end?: string } | undefined {
  const first = quote
    .split(ELISION)
    .map((part) => part.replace(/\s+/g, " ").replace(EDGE, ""))
    .find((part) => part.length > 0);
  if (!first) return undefined;
  const words = first.split(" ");
  if (words.length <= MAX_EXACT_WORDS) return { start: first };
  return { start: words.slice(0, EDGE_WORDS).join(" "), end: words.slice(-EDGE_WORDS).join(" ") };
}

/**
 * The address with a text fragment for the quote (`#:~:text=start,end`), keeping any
 * fragment the address already has; the address unchanged when the quote has no text.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const parts = textDirectiveParts(quote);
  if (!parts) return url;
  const directive = `text=${encodeTextDirectiveTerm(parts.start)}${parts.end ? `,${encodeTextDirectiveTerm(parts.end)}` : ""}`;
  const hash = url.indexOf("#");
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? "" : url.slice(hash + 1).split(":~:")[0];
  return `${base}#${fragment}:~:${directive}`;
}

/**
 * The Wayback Machine's list of snapshots of an address: a lookup, which may find none;
 * it does not say that a snapshot exists.
 */
export function waybackLookupUrl(url: string): string {
  const hash = url.indexOf("#");
  return `https://web.archive.org/web/*/${hash < 0 ? url : url.slice(0, hash)}`;
}
