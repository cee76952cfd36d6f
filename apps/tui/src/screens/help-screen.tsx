import { FILTER_KEYS } from "@kz-hrc/core/grammar";
import { Box, Text } from "ink";
import { fit, truncate } from "../lib/format.js";
import { KEYMAP } from "../lib/keymap.js";

/** The `?` overlay: every key from the one key map, and the query grammar. */
export function HelpScreen({ width, height }: { width: number; height: number }) {
  const lines = [
    ...KEYMAP.map((b) => `${fit(b.keys, 16)}${b.description}`),
    "",
    "Filter and search use one grammar: words, \"a phrase\" and",
    `  ${FILTER_KEYS.map((k) => `${k}:`).join(" ")}`,
    "  e.g. year:2012..2024 type:election topic:death-penalty",
    "",
    "Press ? or Esc to close.",
  ];
  return (
    <Box flexDirection="column">
      <Text bold>Keys</Text>
      {lines.slice(0, Math.max(0, height - 1)).map((line, i) => (
        <Text key={i} wrap="truncate">
          {truncate(line, width)}
        </Text>
      ))}
    </Box>
  );
}
