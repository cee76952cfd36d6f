/**
 * Terminal width of a string, standing in for the `string-width` package inside the
 * bundle (see tsup.config.ts). string-width compiles a `\p{RGI_Emoji}` regular
 * expression and an Intl.Segmenter the first time it meets a non-ASCII character:
 * about 50 ms of every start. This is the classic wcwidth rule per code point: wide
 * East Asian characters and emoji take two columns, combining and format characters none.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /[\u001b\u009b](?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u200b\ufe00-\ufe0f]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  for (const [from, to] of WIDE) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

/** Columns a string takes in a terminal; ANSI escape codes take none unless counted. */
export default function stringWidth(input: unknown, options: { countAnsiEscapeCodes?: boolean } = {}): number {
  if (typeof input !== "string" || input.length === 0) return 0;
  const text = options.countAnsiEscapeCodes ? input : input.replace(ANSI, "");
  if (/^[\u0020-\u007e]*$/.test(text)) return text.length;
  let width = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (ZERO_WIDTH.test(char)) continue;
    width += isWide(codePoint) || (codePoint >= 0x1f000 && PICTOGRAPHIC.test(char)) ? 2 : 1;
  }
  return width;
}
