/**
 * Text as lists show it: long titles shortened at a word boundary (never mid-word), and
 * the language of a quote, so that a quote not in English carries `lang` and its
 * translation. Pure, so the views and the tests share it.
 */

/**
 * The text cut to at most `max` characters at the last word boundary, with an ellipsis;
 * the text itself when it fits. A single word longer than `max` is cut where it must be.
 */
export function shortenAtWord(text: string, max: number): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max); // the ellipsis takes the place of the space cut at
  const space = room.search(/\s\S*$/);
  const cut = space > max / 2 ? room.slice(0, space) : room.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.\u2013\u2014-]+$/u, "")}…`;
}

const names = new Intl.DisplayNames(["en"], { type: "language" });

/** A language code in English words: "ru" → "Russian". */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language tag to put on an element, or nothing for English. */
export function langAttribute(language: string | undefined): string | undefined {
  return language && language !== "en" ? language : undefined;
}
