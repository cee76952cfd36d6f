/**
 * Characters no text of the record may carry, decided by Unicode category rather than
 * by a hand list: controls (Cc, which include the ESC of terminal escapes), invisible
 * formatting characters (Cf: bidirectional marks, overrides and isolates, zero-width
 * spaces, the Arabic letter mark, soft hyphens, the byte-order mark), line and paragraph
 * separators (Zl, Zp), private-use code points (Co) and lone surrogates (Cs).
 *
 * The one exception: a zero-width joiner or non-joiner between two letters, which
 * Persian, Indic and other scripts need to spell words correctly.
 */
export const FORBIDDEN_CATEGORIES = "\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Co}\\p{Cs}";

const JOINER_IN_WORD = "(?<=[\\p{L}\\p{M}])[\\u200C\\u200D](?=[\\p{L}\\p{M}])";

/** A whole text made only of allowed characters (a JSON Schema `pattern`, ECMA-262 with the u flag). */
export const ALLOWED_TEXT_SOURCE = `^(?:[^${FORBIDDEN_CATEGORIES}]|${JOINER_IN_WORD})*$`;
export const ALLOWED_TEXT = new RegExp(ALLOWED_TEXT_SOURCE, "u");

const FORBIDDEN = new RegExp(`[${FORBIDDEN_CATEGORIES}]`, "u");
const CATEGORY_NAMES: readonly [RegExp, string][] = [
  [/\p{Cc}/u, "a control character"],
  [/\p{Cf}/u, "an invisible formatting character"],
  [/\p{Zl}/u, "a line separator"],
  [/\p{Zp}/u, "a paragraph separator"],
  [/\p{Co}/u, "a private-use character"],
  [/\p{Cs}/u, "a lone surrogate"],
];

/** The first character a text may not carry, with its position (1-based, in characters) and what it is. */
export function firstForbiddenCharacter(
  text: string,
): { codePoint: string; position: number; what: string } | undefined {
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    if (!FORBIDDEN.test(ch)) continue;
    if (
      (ch === "\u200c" || ch === "\u200d") &&
      /[\p{L}\p{M}]/u.test(chars[i - 1] ?? "") &&
      /[\p{L}\p{M}]/u.test(chars[i + 1] ?? "")
    )
      continue;
    const codePoint = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
    return {
      codePoint,
      position: i + 1,
      what: CATEGORY_NAMES.find(([re]) => re.test(ch))?.[1] ?? "a forbidden character",
    };
  }
  return undefined;
}

/** True when a text carries a character of a forbidden category (outside the joiner exception). */
export function hasForbiddenCharacter(text: string): boolean {
  return !ALLOWED_TEXT.test(text);
}
