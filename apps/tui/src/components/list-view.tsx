import { Box, Text } from "ink";
import { fit, truncate } from "../lib/format.js";
import { windowStart } from "../lib/window.js";

interface Props {
  /** How many rows there are. */
  length: number;
  /** The text of row i, laid out for the width (only drawn rows are asked for). */
  row: (index: number) => string;
  rowKey: (index: number) => string;
  cursor: number;
  height: number;
  width: number;
  empty: string;
}

/** A list that draws only the rows that fit in `height`, keeping the cursor in view. */
export function ListView({ length, row, rowKey, cursor, height, width, empty }: Props) {
  if (length === 0) return <Text dimColor>{truncate(empty, width)}</Text>;
  const start = windowStart(cursor, length, height);
  const end = Math.min(length, start + height);
  const visible: number[] = [];
  for (let i = start; i < end; i++) visible.push(i);
  return (
    <Box flexDirection="column">
      {visible.map((i) => {
        const selected = i === cursor;
        const text = `${selected ? "›" : " "} ${row(i)}`;
        // Only the selected row is padded, so that its bar spans the width: every
        // character drawn costs Ink a width measurement.
        return (
          <Text key={rowKey(i)} inverse={selected} wrap="truncate">
            {selected ? fit(text, width) : truncate(text, width)}
          </Text>
        );
      })}
    </Box>
  );
}
