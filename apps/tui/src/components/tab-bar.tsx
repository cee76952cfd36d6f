import { Box, Text } from "ink";
import { SECTIONS, type SectionId } from "../lib/sections.js";
import { visibleTabs } from "../lib/tabs.js";

/** The sections, the current one highlighted; only those that fit are drawn. */
export function TabBar({ section, width }: { section: SectionId; width: number }) {
  const active = SECTIONS.findIndex((s) => s.id === section);
  const { start, end } = visibleTabs(
    SECTIONS.map((s) => s.label),
    active,
    width,
  );
  return (
    <Box width={width}>
      <Text dimColor>{start > 0 ? "‹ " : "  "}</Text>
      {SECTIONS.slice(start, end).map((s) => (
        <Text key={s.id} inverse={s.id === section} bold={s.id === section}>
          {s.id === section ? `[${s.label}]` : ` ${s.label} `}
          {"  "}
        </Text>
      ))}
      <Text dimColor>{end < SECTIONS.length ? "›" : ""}</Text>
    </Box>
  );
}
