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
import type { ScreenProps } from "./screen-props.js";

const LIMIT = 200;

/** Search over every record with core's grammar; results follow each key typed. */
export function SearchScreen({ view, width, height, active, dispatch }: ScreenProps & { view: SectionView }) {
  const { api } = useData();
  const response = useMemo(() => api.search(view.query, { limit: LIMIT }), [api, view.query]);
  const rows = useMemo(() => response.results.map((r) => summaryRow(r, { kind: true })), [response]);
  useLineInput(
    active && view.editing,
    view.query,
    (query) => dispatch({ type: "query", query }),
    () => dispatch({ type: "editing", editing: false }),
  );
  useRecordListKeys({ active: active && !view.editing, cursor: view.cursor, page: height - 1, records: response.results, dispatch });
  const status = response.errors[0]
    ? `! ${clean(response.errors[0])}`
    : view.query.trim()
      ? `${response.total} result${response.total === 1 ? "" : "s"}${response.total > LIMIT ? ` (first ${LIMIT})` : ""}`
      : "";
  return (
    <Box flexDirection="column">
      <QueryLine label="Search:" value={view.query} editing={view.editing} hint='press /: words, "a phrase", kind:statement year:2021..2024' status={status} width={width} />
      <ListView
        rows={rows}
        cursor={view.cursor}
        height={height - 1}
        width={width}
        empty={view.query.trim() ? "No records match." : "Type to search; results update as you type."}
      />
    </Box>
  );
}
