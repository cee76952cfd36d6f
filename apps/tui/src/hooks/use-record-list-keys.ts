import type { RecordKind } from "@kz-hrc/core";
import type { Dispatch } from "react";
import type { NavAction } from "../lib/nav.js";
import { useListKeys } from "./use-list-keys.js";

/** List keys over records: the cursor moves through them and Enter opens the one under it. */
export function useRecordListKeys(options: {
  active: boolean;
  cursor: number;
  page: number;
  records: readonly { kind: RecordKind; id: string }[];
  dispatch: Dispatch<NavAction>;
}): void {
  const { active, cursor, page, records, dispatch } = options;
  useListKeys({
    active,
    cursor,
    length: records.length,
    page,
    onCursor: (next) => dispatch({ type: "cursor", cursor: next }),
    onOpen: (i) => {
      const record = records[i];
      if (record) dispatch({ type: "open", ref: { kind: record.kind, id: record.id } });
    },
  });
}
