import { Box, Text } from "ink";
import { fit } from "../lib/format.js";
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
  if (rows.length === 0) return <Text dimColor>{fit(empty, width)}</Text>;
  const start = windowStart(cursor, rows.length, height);
  const visible = rows.slice(start, start + height);
  return (
    <Box flexDirection="column">
      {visible.map((row, i) => {
        const selected = start + i === cursor;
        const line = fit(`${selected ? "›" : " "} ${row.text}${row.muted ? `  ${row.muted}` : ""}`, width);
        return (
          <Text key={row.key} inverse={selected} wrap="truncate">
            {line}
          </Text>
        );
      })}
    </Box>
  );
}
