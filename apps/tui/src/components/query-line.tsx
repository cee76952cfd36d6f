import { Box, Text } from "ink";
import { truncate } from "../lib/format.js";

interface Props {
  label: string;
  value: string;
  editing: boolean;
  hint: string;
  status: string;
  width: number;
}

/** The filter or search line: what is typed, a cursor while editing, and a count or an error. */
export function QueryLine({ label, value, editing, hint, status, width }: Props) {
  const shown = value || (editing ? "" : hint);
  const note = truncate(status, Math.max(12, Math.floor(width / 2)));
  const room = Math.max(1, width - label.length - [...note].length - 4);
  const text = [...shown].length > room ? `…${[...shown].slice(-(room - 1)).join("")}` : shown;
  return (
    <Box width={width}>
      <Text bold>{label} </Text>
      <Text dimColor={!value}>{truncate(text, room)}</Text>
      {editing ? <Text inverse> </Text> : null}
      <Box flexGrow={1} />
      <Text dimColor wrap="truncate">
        {note}
      </Text>
    </Box>
  );
}
