import { Box, Text } from "ink";
import type { DocLine, Tone } from "../lib/doc.js";
import type { DocRow } from "../lib/doc-rows.js";
import { fit, fold, truncate } from "../lib/format.js";
import type { RecordView } from "../lib/nav.js";
import { rowIndex } from "../lib/update.js";
import { windowStart } from "../lib/window.js";

const TONES: Readonly<Record<Tone, { color?: string; bold?: boolean; dimColor?: boolean }>> = {
  title: { bold: true },
  heading: { bold: true, color: "cyan" },
  quote: { color: "green" },
  muted: { dimColor: true },
  warning: { color: "yellow" },
  good: { color: "green" },
  bad: { color: "red" },
};

/** Splits a row around the matches of the sought text (folded, so accents and case aside). */
function pieces(text: string, find: string): { text: string; match: boolean }[] {
  const wanted = fold(find);
  if (!wanted) return [{ text, match: false }];
  const chars = [...text];
  const folded = chars.map((c) => fold(c));
  const out: { text: string; match: boolean }[] = [];
  let i = 0;
  let plain = "";
  while (i < chars.length) {
    // Match character by character on the folded text, so that positions stay in step.
    let j = i;
    let got = "";
    while (j < chars.length && got.length < wanted.length) got += folded[j++];
    if (got.startsWith(wanted) || got === wanted) {
      if (plain) out.push({ text: plain, match: false });
      plain = "";
      out.push({ text: chars.slice(i, j).join(""), match: true });
      i = j;
    } else plain += chars[i++];
  }
  if (plain) out.push({ text: plain, match: false });
  return out;
}

interface Props {
  view: RecordView;
  lines: readonly DocLine[];
  rows: readonly DocRow[];
  width: number;
  height: number;
}

/** One record, read line by line: the cursor row is highlighted; Enter on a link opens it; matches of a find stand out. */
export function RecordScreen({ view, lines, rows, width, height }: Props) {
  const cursor = rowIndex(rows, view.line, view.sub);
  const start = windowStart(cursor, rows.length, height);
  return (
    <Box flexDirection="column">
      {rows.slice(start, start + height).map((row, i) => {
        const line = lines[row.line];
        const selected = start + i === cursor;
        const style = line?.tone ? TONES[line.tone] : line?.link ? { color: "blue" } : {};
        const text = selected ? fit(`› ${row.text}`, width) : truncate(`  ${row.text}`, width);
        const parts = view.find ? pieces(text, view.find) : [{ text, match: false }];
        return (
          <Text key={start + i} {...style} inverse={selected} wrap="truncate">
            {parts.map((p, k) =>
              p.match ? (
                <Text key={k} backgroundColor="yellow" color="black">
                  {p.text}
                </Text>
              ) : (
                p.text
              ),
            )}
          </Text>
        );
      })}
    </Box>
  );
}

/** How many rows hold the sought text, and which of them the cursor is on. */
export function findStatus(rows: readonly DocRow[], find: string, cursor: number): string {
  const wanted = fold(find);
  if (!wanted) return "";
  const matches = rows.flatMap((r, i) => (fold(r.text).includes(wanted) ? [i] : []));
  if (!matches.length) return "no match";
  const at = matches.indexOf(cursor);
  return at >= 0 ? `match ${at + 1} of ${matches.length} · n N` : `${matches.length} matches · n N`;
}
