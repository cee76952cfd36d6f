import type { Key } from "./keys.js";

/** A one-line text field: its text and the caret, counted in characters (code points). */
export interface Line {
  text: string;
  caret: number;
}

export const emptyLine: Line = { text: "", caret: 0 };

/** A line with the caret at its end. */
export const lineOf = (text: string): Line => ({ text, caret: [...text].length });

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Where the previous word starts, from `at` (readline's backward-word). */
function wordStart(chars: readonly string[], at: number): number {
  let i = at;
  while (i > 0 && !isWordChar(chars[i - 1])) i--;
  while (i > 0 && isWordChar(chars[i - 1])) i--;
  return i;
}

/** Where the next word ends, from `at` (readline's forward-word). */
function wordEnd(chars: readonly string[], at: number): number {
  let i = at;
  while (i < chars.length && !isWordChar(chars[i])) i++;
  while (i < chars.length && isWordChar(chars[i])) i++;
  return i;
}

/** Ctrl-W deletes back to the previous space, as a shell does. */
function spaceWordStart(chars: readonly string[], at: number): number {
  let i = at;
  while (i > 0 && chars[i - 1] === " ") i--;
  while (i > 0 && chars[i - 1] !== " ") i--;
  return i;
}

/**
 * Readline editing: the line after a key, or undefined when the key is not an editing
 * key (Enter, Esc, arrows up and down, Tab… are for the caller). Characters insert at the
 * caret; ← → Home End Ctrl-A Ctrl-E Ctrl-B Ctrl-F Alt-B Alt-F move; Backspace, Delete,
 * Ctrl-D, Ctrl-H delete; Ctrl-U, Ctrl-K, Ctrl-W, Alt-Backspace, Alt-D delete to the start,
 * the end, or by word.
 */
export function editLine(line: Line, key: Key, maxLength = 300): Line | undefined {
  const chars = [...line.text];
  const caret = Math.max(0, Math.min(line.caret, chars.length));
  const at = (c: number): Line => ({ text: line.text, caret: Math.max(0, Math.min(c, chars.length)) });
  const cut = (from: number, to: number): Line => ({
    text: [...chars.slice(0, from), ...chars.slice(to)].join(""),
    caret: from,
  });
  const { name, ctrl, meta } = key;
  const letter = name === "char" ? key.text : undefined;
  if (name === "char" && !ctrl && !meta && letter) {
    const room = Math.max(0, maxLength - chars.length);
    const added = [...letter].slice(0, room);
    return { text: [...chars.slice(0, caret), ...added, ...chars.slice(caret)].join(""), caret: caret + added.length };
  }
  if (name === "left") return at(ctrl || meta ? wordStart(chars, caret) : caret - 1);
  if (name === "right") return at(ctrl || meta ? wordEnd(chars, caret) : caret + 1);
  if (name === "home") return at(0);
  if (name === "end") return at(chars.length);
  if (name === "backspace")
    return meta || ctrl ? cut(wordStart(chars, caret), caret) : caret > 0 ? cut(caret - 1, caret) : line;
  if (name === "delete") return caret < chars.length ? cut(caret, caret + 1) : line;
  if (ctrl && !meta) {
    switch (letter) {
      case "a":
        return at(0);
      case "e":
        return at(chars.length);
      case "b":
        return at(caret - 1);
      case "f":
        return at(caret + 1);
      case "d":
        return caret < chars.length ? cut(caret, caret + 1) : line;
      case "u":
        return cut(0, caret);
      case "k":
        return cut(caret, chars.length);
      case "w":
        return cut(spaceWordStart(chars, caret), caret);
    }
  }
  if (meta && !ctrl) {
    switch (letter) {
      case "b":
        return at(wordStart(chars, caret));
      case "f":
        return at(wordEnd(chars, caret));
      case "d":
        return cut(caret, wordEnd(chars, caret));
    }
  }
  return undefined;
}
