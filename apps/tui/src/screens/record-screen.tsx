import { Box, Text } from "ink";
import { useMemo } from "react";
import { useData } from "../data-context.js";
import { useListKeys } from "../hooks/use-list-keys.js";
import type { Tone } from "../lib/doc.js";
import { docRows, isSelectable } from "../lib/doc-rows.js";
import { fit, truncate } from "../lib/format.js";
import type { RecordView } from "../lib/nav.js";
import { recordDoc } from "../lib/record-doc.js";
import { windowStart } from "../lib/window.js";
import type { ScreenProps } from "./screen-props.js";

const TONES: Record<Tone, { color?: string; bold?: boolean; dimColor?: boolean; italic?: boolean }> = {
  title: { bold: true },
  heading: { bold: true, color: "cyan" },
  quote: { color: "green" },
  muted: { dimColor: true },
  warning: { color: "yellow" },
  good: { color: "green" },
  bad: { color: "red" },
};

/** One record: its fields, citations and links; Enter on a link opens that record. */
export function RecordScreen({ view, width, height, active, dispatch }: ScreenProps & { view: RecordView }) {
  const { api, statusOf } = useData();
  const lines = useMemo(() => recordDoc(api, view.ref.id, statusOf) ?? [{ text: `No record with id ${view.ref.id}`, tone: "warning" as const }], [api, statusOf, view.ref.id]);
  const rows = useMemo(() => docRows(lines, width), [lines, width]);
  const selectable = useMemo(() => isSelectable(lines), [lines]);
  const cursor = Math.min(view.cursor, lines.length - 1);
  useListKeys({
    active,
    cursor,
    length: lines.length,
    page: height,
    selectable,
    onCursor: (next) => dispatch({ type: "cursor", cursor: next }),
    onOpen: (i) => {
      const link = lines[i]?.link;
      if (link) dispatch({ type: "open", ref: link });
    },
  });
  const first = Math.max(0, rows.findIndex((r) => r.line === cursor));
  const start = windowStart(first, rows.length, height);
  return (
    <Box flexDirection="column">
      {rows.slice(start, start + height).map((row, i) => {
        const line = lines[row.line];
        const selected = row.line === cursor;
        const style = line?.tone ? TONES[line.tone] : line?.link ? { color: "blue" } : {};
        return (
          <Text key={start + i} {...style} inverse={selected} wrap="truncate">
            {selected ? fit(`› ${row.text}`, width) : truncate(`  ${row.text}`, width)}
          </Text>
        );
      })}
    </Box>
  );
}
