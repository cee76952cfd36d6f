import type { RecordKind } from "@kz-hrc/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { ListView } from "../components/list-view.js";
import { useData } from "../data-context.js";
import { useRecordListKeys } from "../hooks/use-record-list-keys.js";
import type { SectionView } from "../lib/nav.js";
import { summaryRow } from "../lib/rows.js";
import { summariesOf } from "../lib/sections.js";
import type { ScreenProps } from "./screen-props.js";

/** Every record of one kind, in core's order. */
export function ListScreen({ view, kind, label, width, height, active, dispatch }: ScreenProps & { view: SectionView; kind: RecordKind; label: string }) {
  const { api } = useData();
  const summaries = useMemo(() => summariesOf(api, kind), [api, kind]);
  const rows = useMemo(() => summaries.map((s) => summaryRow(s)), [summaries]);
  useRecordListKeys({ active: active, cursor: view.cursor, page: height - 1, records: summaries, dispatch });
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {label} · {summaries.length} record{summaries.length === 1 ? "" : "s"}
      </Text>
      <ListView rows={rows} cursor={view.cursor} height={height - 1} width={width} empty={`No ${label.toLowerCase()} in the record yet.`} />
    </Box>
  );
}
