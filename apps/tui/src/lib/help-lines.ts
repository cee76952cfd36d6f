import { FILTER_KEYS } from "@kz-hrc/core/grammar";
import { COMMAND_FLAGS } from "./args.js";
import { fit } from "./format.js";
import { KEYMAP, LINE_KEYS } from "./keymap.js";
import { LIST_FILTERS } from "./lists.js";
import { SECTIONS } from "./sections.js";

const keyLine = (keys: string, description: string) => `${fit(keys, 22)}${description}`;

/** The `?` help: every key from the one key map, the line keys, the sections and the filters. */
export const HELP_LINES: readonly string[] = [
  ...KEYMAP.map((b) => keyLine(b.keys, b.description)),
  keyLine("1 … 9", "go to a section by its place in the tab bar"),
  "",
  "While typing in a filter, search or find line:",
  ...LINE_KEYS.map(([keys, description]) => keyLine(keys, description)),
  "",
  "Sections:",
  ...SECTIONS.map((s, i) => `  ${i < 9 ? `${i + 1} ` : "  "} ${s.label}`),
  "",
  'Timeline filter and search use one grammar: words, "a phrase" and',
  `  ${FILTER_KEYS.map((k) => `${k}:`).join(" ")}`,
  "  e.g. year:2012..2024 type:election topic:death-penalty",
  "  (kind: is the record kind, type: the event type)",
  "Other lists: words filter as you type (accents and case aside; -word leaves out).",
  ...[...LIST_FILTERS].map(
    ([kind, command]) =>
      `  ${SECTIONS.find((s) => s.kind === kind)?.label ?? kind}: ${[...(COMMAND_FLAGS.get(command)?.keys() ?? [])].map((k) => `${k}:`).join(" ")}`,
  ),
  "  e.g. cycle:2 response:noted state:France    term:2022-2024 vote:against",
  "",
  "Press ? or Esc to close.",
];
