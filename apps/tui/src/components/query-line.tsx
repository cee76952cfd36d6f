import { Box, Text } from "ink";
import { truncate } from "../lib/format.js";

interface Props {
  label: string;
  value: string;
  /** The caret while the line has the keyboard. */
  caret?: number;
  hint: string;
  status: string;
  width: number;
}

/** A one-line field: what is typed with its caret (scrolled to keep the caret in view), or a hint; a count or an error at the right. */
export function QueryLine({ label, value, caret, hint, status, width }: Props) {
  const editing = caret !== undefined;
  const note = truncate(status, Math.max(12, Math.floor(width / 2)));
  const room = Math.max(4, width - [...label].length - [...note].length - 3);
  if (!editing) {
    return (
      <Box width={width}>
        <Text bold>{label} </Text>
        <Text dimColor={!value}>{truncate(value || hint, room)}</Text>
        <Box flexGrow={1} />
        <Text dimColor wrap="truncate">
          {note}
        </Text>
      </Box>
    );
  }
  const chars = [...value];
  const at = Math.max(0, Math.min(caret, chars.length));
  // Scroll so that the caret stays visible, the end of the text in view when it fits.
  const first = Math.max(0, Math.min(at - room + 1, chars.length - room + 1));
  const before = chars.slice(first, at).join("");
  const under = chars[at] ?? " ";
  const after = chars.slice(at + 1, first + room).join("");
  return (
    <Box width={width}>
      <Text bold>{label} </Text>
      <Text>{first > 0 ? `…${before.slice(1)}` : before}</Text>
      <Text inverse>{under}</Text>
      <Text>{after}</Text>
      <Box flexGrow={1} />
      <Text dimColor wrap="truncate">
        {note}
      </Text>
    </Box>
  );
}
