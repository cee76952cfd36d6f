import type { DocLine } from "./doc.js";
import { clean } from "./format.js";

/** A record view as plain text: one line each, links followed by the id to pass to `show`. */
export function docToText(lines: readonly DocLine[]): string {
  return lines
    .map((line) => {
      const text = `${" ".repeat(line.indent ?? 0)}${clean(line.text)}`;
      if (line.tone === "title") return `${text}\n${"=".repeat(Math.min(80, [...text].length))}`;
      if (line.tone === "heading") return `${text}\n${"-".repeat(Math.min(80, [...text].length))}`;
      return line.link ? `${text} [${line.link.id}]` : text;
    })
    .join("\n")
    .concat("\n");
}
