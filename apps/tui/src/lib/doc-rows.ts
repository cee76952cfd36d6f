import type { DocLine } from "./doc.js";
import { wrap } from "./format.js";

/** One drawn row of a record view: a piece of a wrapped logical line. */
export interface DocRow {
  line: number;
  text: string;
}

/** Wraps a record's lines to the width; links keep room for their arrow. */
export function docRows(lines: readonly DocLine[], width: number): DocRow[] {
  return lines.flatMap((line, index) => {
    const indent = line.indent ?? 0;
    const marker = line.link ? "→ " : "";
    const room = Math.max(8, width - 2 - indent - marker.length);
    return wrap(line.text, room).map((text, i) => ({
      line: index,
      text: `${" ".repeat(indent)}${i === 0 ? marker : " ".repeat(marker.length)}${text}`,
    }));
  });
}
