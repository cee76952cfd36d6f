import { Box, Text } from "ink";
import { truncate } from "../lib/format.js";
import { HELP_LINES } from "../lib/help-lines.js";

/** The `?` overlay, scrolled with the movement keys. */
export function HelpScreen({ width, height, scroll }: { width: number; height: number; scroll: number }) {
  const room = Math.max(1, height - 1);
  const start = Math.max(0, Math.min(scroll, HELP_LINES.length - room));
  const more =
    HELP_LINES.length > room
      ? ` (${start + 1}–${Math.min(HELP_LINES.length, start + room)} of ${HELP_LINES.length}: j k PgDn to scroll)`
      : "";
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {truncate(`Keys${more}`, width)}
      </Text>
      {HELP_LINES.slice(start, start + room).map((line, i) => (
        <Text key={start + i} wrap="truncate">
          {truncate(line, width)}
        </Text>
      ))}
    </Box>
  );
}
