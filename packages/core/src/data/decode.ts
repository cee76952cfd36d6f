import { type DataIssue, UnreadableFile } from "./errors.js";
import { findJsonSyntaxError, lineAndColumn } from "./json-syntax.js";

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Reads the bytes of a data file as JSON: strict UTF-8 (an invalid byte is named with its
 * line, never replaced), a UTF-8 byte-order mark tolerated, and a syntax error reported
 * with its line and column. Returns the parsed content, or an UnreadableFile for validation
 * to report.
 */
export function decodeDataFile(file: string, bytes: Uint8Array): unknown {
  const fail = (issue: Omit<DataIssue, "file">) => new UnreadableFile({ file, ...issue });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail({ message: "is saved as UTF-16: save it as UTF-8" });
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = utf8.decode(bytes.subarray(bom));
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const line = bytes.subarray(0, at).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return fail({ line, message: `is not valid UTF-8: byte 0x${hex} at byte offset ${at}; save the file as UTF-8` });
  }
  if (text.trim() === "")
    return fail({ line: 1, column: 1, message: "is empty: a data file is a JSON object of collections" });
  try {
    return JSON.parse(text);
  } catch {
    const error = findJsonSyntaxError(text);
    const at = error ?? { ...lineAndColumn(text, text.length), message: "" };
    return fail({
      line: at.line,
      column: at.column,
      message: `is not valid JSON: ${error?.message ?? "the JSON parser stopped here"}`,
    });
  }
}
