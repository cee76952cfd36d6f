import { kindLabel, kindLabelPlural, plural } from "@kz-hrc/core";
import { Box } from "ink";
import { useMemo } from "react";
import { ListView } from "../components/list-view.js";
import { QueryLine } from "../components/query-line.js";
import { clean, lowerFirst } from "../lib/format.js";
import { type ListResult, SEARCH_LIMIT } from "../lib/lists.js";
import type { SectionView } from "../lib/nav.js";
import { cellsOf, columnWidths, formatRow } from "../lib/rows.js";
import { sectionOf } from "../lib/sections.js";

interface Props {
  view: SectionView;
  result: ListResult;
  /** How many records the section holds unfiltered. */
  total: number;
  width: number;
  height: number;
}

/** What the query line says before anything is typed, by section. */
const HINTS: Readonly<Record<string, string>> = {
  timeline: "press / or f: words, year:2012..2024 type:election topic:…",
  search: 'press s or /: words, "a phrase", kind:statement year:2021..2024',
  recommendation: "press /: words, cycle:2 response:noted state:France topic:…",
  vote: "press /: words, term:2022-2024 vote:against topic:…",
};

/** A section: its query line (filter or search) and its records, in core's order. */
export function ListScreen({ view, result, total, width, height }: Props) {
  const section = sectionOf(view.section);
  const search = view.section === "search";
  const cells = useMemo(() => result.items.map((s) => cellsOf(s, search)), [result, search]);
  const columns = useMemo(() => columnWidths(cells, width), [cells, width]);
  const count = result.items.length;
  const kind = section.kind;
  const noun = (n: number) =>
    kind ? plural(n, lowerFirst(kindLabel(kind)), lowerFirst(kindLabelPlural(kind))) : plural(n, "result");
  const status = result.errors[0]
    ? `! ${clean(result.errors[0])}`
    : search
      ? view.query.trim()
        ? `${noun(result.total ?? count)}${(result.total ?? 0) > SEARCH_LIMIT ? ` (first ${SEARCH_LIMIT})` : ""}`
        : ""
      : count === total
        ? noun(total)
        : `${count} of ${noun(total)}`;
  const hint =
    (Object.hasOwn(HINTS, view.section) ? HINTS[view.section] : undefined) ?? "press / to filter as you type";
  const empty = search
    ? view.query.trim()
      ? "No records match."
      : "Type to search every record; results update as you type."
    : total === 0
      ? `No ${lowerFirst(section.label)} in the record yet.`
      : "Nothing matches this filter (Esc clears it).";
  return (
    <Box flexDirection="column">
      <QueryLine
        label={search ? "Search:" : "Filter:"}
        value={view.query}
        {...(view.editing ? { caret: view.caret } : {})}
        hint={hint}
        status={status}
        width={width}
      />
      <ListView
        length={count}
        row={(i) => formatRow(cells[i] ?? ["", "", ""], columns)}
        rowKey={(i) => `${result.items[i]?.kind}/${result.items[i]?.id}`}
        cursor={Math.min(view.cursor, Math.max(0, count - 1))}
        height={height - 1}
        width={width}
        empty={empty}
      />
    </Box>
  );
}
