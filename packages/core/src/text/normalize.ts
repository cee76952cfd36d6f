/**
 * Folds the differences that copying a quote introduces but that do not change its
 * words: typographic quotes and apostrophes, dashes, non-breaking and repeated spaces,
 * letter case.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Splits a quote at elisions (`…`, `...`, `[…]`) into the parts that must each occur. */
export function quoteParts(quote: string): string[] {
  return quote
    .split(/\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/u)
    .map(normalizeForMatch)
    .filter((part) => part.length > 0);
}

/** True when every part of the quote occurs in the text, in order. */
export function quoteOccursIn(quote: string, text: string): boolean {
  const haystack = normalizeForMatch(text);
  let from = 0;
  for (const part of quoteParts(quote)) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
