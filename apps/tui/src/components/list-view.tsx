import { Box, Text } from "ink";
import { fit, truncate } from "../lib/format.js";
import { windowStart } from "../lib/window.js";

export interface ListRow {
  key: string;
  text: string;
  muted?: string;
}

interface Props {
  rows: readonly ListRow[];
  cursor: number;
  height: number;
  width: number;
  empty: string;
}

/** A list that draws only the rows that fit in `height`, keeping the cursor in view. */
export function ListView({ rows, cursor, height, width, empty }: Props) {
  if (rows.length === 0) return <Text dimColor>{truncate(empty, width)}</Text>;
  const start = windowStart(cursor, rows.length, height);
  const visible = rows.slice(start, start + height);
  return (
    <Box flexDirection="column">
      {visible.map((row, i) => {
        const selected = start + i === cursor;
        const text = `${selected ? "›" : " "} ${row.text}${row.muted ? `  ${row.muted}` : ""}`;
        // Only the selected row is padded, so that its bar spans the width: every
        // character drawn costs Ink a width measurement.
        const line = selected ? fit(text, width) : truncate(text, width);
        return (
          <Text key={row.key} inverse={selected} wrap="truncate">
            {line}
          </Text>
        );
      })}
    </Box>
  );
}
