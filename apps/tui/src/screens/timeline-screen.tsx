import { Box } from "ink";
import { useMemo } from "react";
import { ListView } from "../components/list-view.js";
import { QueryLine } from "../components/query-line.js";
import { useData } from "../data-context.js";
import { useLineInput } from "../hooks/use-line-input.js";
import { useRecordListKeys } from "../hooks/use-record-list-keys.js";
import { clean } from "../lib/format.js";
import type { SectionView } from "../lib/nav.js";
import { summaryRow } from "../lib/rows.js";
import { timelineFor } from "../lib/timeline-query.js";
import type { ScreenProps } from "./screen-props.js";

/** Events in date order, narrowed by a filter line in the shared query grammar. */
export function TimelineScreen({ view, width, height, active, dispatch }: ScreenProps & { view: SectionView }) {
  const { api } = useData();
  const { events, errors } = useMemo(() => timelineFor(api, view.query), [api, view.query]);
  const summaries = useMemo(() => events.flatMap((e) => api.getSummary(e.id) ?? []), [api, events]);
  const rows = useMemo(() => summaries.map((s) => summaryRow(s)), [summaries]);
  useLineInput(
    active && view.editing,
    view.query,
    (query) => dispatch({ type: "query", query }),
    () => dispatch({ type: "editing", editing: false }),
  );
  useRecordListKeys({ active: active && !view.editing, cursor: view.cursor, page: height - 1, records: summaries, dispatch });
  const status = errors[0] ? `! ${clean(errors[0])}` : `${events.length} event${events.length === 1 ? "" : "s"}`;
  return (
    <Box flexDirection="column">
      <QueryLine label="Filter:" value={view.query} editing={view.editing} hint="press f: year:2012..2024 type:election topic:…" status={status} width={width} />
      <ListView rows={rows} cursor={view.cursor} height={height - 1} width={width} empty={view.query.trim() ? "No events match this filter." : "No events in the record yet."} />
    </Box>
  );
}
