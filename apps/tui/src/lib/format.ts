import { formatDate } from "@kz-hrc/core/search";

/**
 * Pure text helpers. Everything from the data or from the user passes through
 * `clean` before it reaches the terminal: core already rejects control characters when
 * it validates the data, this is the second line of defence.
 */

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const hex = (c: string) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;

/** One line of safe text: tabs and newlines become spaces, other controls visible escapes (`\u001b`). */
export function clean(text: string): string {
  return text.replace(/[\t\n\r]+/g, " ").replace(UNSAFE, hex);
}

/** A user-supplied value quoted for a message: cleaned and cut to `max` characters. */
export function quoteArg(value: string, max = 60): string {
  const safe = clean(value);
  const chars = [...safe];
  return `"${chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : safe}"`;
}

/** Cuts text to `width` characters (code points), ending with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
}

/** Pads or cuts text to exactly `width` characters. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + " ".repeat(Math.max(0, width - [...cut].length));
}

/** Word-wraps one line of text to `width` columns; words longer than a line are split. */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    let rest = [...word];
    while (rest.length > w) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, w).join(""));
      line = "";
      rest = rest.slice(w);
    }
    const piece = rest.join("");
    if (!line) line = piece;
    else if ([...line].length + 1 + rest.length <= w) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  lines.push(line);
  return lines;
}

/** A partial ISO date, short (`12 Nov 2012`), or nothing when there is none: core's wording, cleaned. */
export function shortDate(date: string | undefined): string {
  return date ? clean(formatDate(date, "short")) : "";
}

/** A label inside a sentence: "Council votes" → council votes, but "UPR reviews" stays. */
export function lowerFirst(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Folds text for matching as you type: case, accents and typographic marks do not count. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase();
}

/**
 * Aligns rows of cells into columns separated by two spaces; the last column is not
 * padded. With a width (a terminal's), the `shrink` columns (by index) are cut to fit.
 */
export function columns(
  rows: readonly (readonly string[])[],
  options: { width?: number; shrink?: readonly number[] } = {},
): string[] {
  // Drop columns that are empty in every row (undated kinds, kinds without a type).
  const count = rows.reduce((n, row) => Math.max(n, row.length), 0);
  const kept = Array.from({ length: count }, (_, i) => i).filter((i) => rows.some((row) => (row[i] ?? "") !== ""));
  const cells = rows.map((row) => kept.map((i) => row[i] ?? ""));
  const widths = kept.map((_, j) => cells.reduce((w, row) => Math.max(w, [...(row[j] ?? "")].length), 0));
  if (options.width !== undefined) {
    const shrinkable = kept.flatMap((original, j) => (options.shrink?.includes(original) ? [j] : []));
    let excess = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) - options.width;
    while (excess > 0) {
      const widest = shrinkable.reduce(
        (best, j) => ((widths[j] ?? 0) > (widths[best] ?? 0) ? j : best),
        shrinkable[0] ?? -1,
      );
      if (widest < 0 || (widths[widest] ?? 0) <= 4) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
      excess--;
    }
  }
  return cells.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? truncate(cell, widths[i] ?? 0) : fit(cell, widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

/** The longest "terminal too small" message that fits on one line of the terminal. */
export function tooSmallMessage(columns: number, rows: number, minColumns: number, minRows: number): string {
  const have = `${columns}×${rows}`;
  const need = `${minColumns}×${minRows}`;
  const forms = [
    `Terminal too small (${have}): need at least ${need}`,
    `Terminal too small (${have}): need ${need}`,
    `Too small (${have}): need ${need}`,
    `Too small: need ${need}`,
    "Too small",
  ];
  return forms.find((f) => [...f].length <= columns) ?? truncate("Too small", Math.max(1, columns));
}
