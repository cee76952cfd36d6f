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

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A partial ISO date at its own precision: `2012` → 2012, `2012-11` → Nov 2012, `2012-11-12` → 12 Nov 2012. */
export function formatDate(date: string | undefined): string {
  if (!date) return "";
  const [year, month, day] = date.split("-");
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return clean(date);
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** Kebab-case vocabulary as words: `achievement-claim` → achievement claim. */
export function humanize(value: string): string {
  return clean(value).replaceAll("-", " ");
}

/** Aligns rows of cells into columns separated by two spaces; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  // Drop columns that are empty in every row (undated kinds, kinds without a type).
  const used = (i: number) => rows.some((row) => (row[i] ?? "") !== "");
  rows = rows.map((row) => row.filter((_, i) => used(i)));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : fit(cell, widths[i] ?? 0)))
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
