import type { RecordKind } from "@kz-hrc/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { ListView } from "../components/list-view.js";
import { useData } from "../data-context.js";
import { useListKeys } from "../hooks/use-list-keys.js";
import type { SectionView } from "../lib/nav.js";
import { summaryRow } from "../lib/rows.js";
import { summariesOf } from "../lib/sections.js";
import type { ScreenProps } from "./screen-props.js";

/** Every record of one kind, in core's order. */
export function ListScreen({ view, kind, label, width, height, active, dispatch }: ScreenProps & { view: SectionView; kind: RecordKind; label: string }) {
  const { api } = useData();
  const summaries = useMemo(() => summariesOf(api, kind), [api, kind]);
  const rows = useMemo(() => summaries.map((s) => summaryRow(s)), [summaries]);
  useListKeys({
    active,
    cursor: view.cursor,
    length: rows.length,
    page: height - 1,
    onCursor: (cursor) => dispatch({ type: "cursor", cursor }),
    onOpen: (i) => {
      const s = summaries[i];
      if (s) dispatch({ type: "open", ref: { kind: s.kind, id: s.id } });
    },
  });
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {label} · {summaries.length} record{summaries.length === 1 ? "" : "s"}
      </Text>
      <ListView rows={rows} cursor={view.cursor} height={height - 1} width={width} empty={`No ${label.toLowerCase()} in the record yet.`} />
    </Box>
  );
}
