import type { RecordSummary } from "@kz-hrc/core";
import type { ListRow } from "../components/list-view.js";
import { KIND_LABELS } from "./doc.js";
import { clean, fit, formatDate } from "./format.js";

/** A summary as a list row: date, type and title in columns. */
export function summaryRow(s: RecordSummary, options: { kind?: boolean } = {}): ListRow {
  const type = options.kind ? KIND_LABELS[s.kind] : clean(s.subtitle ?? "");
  return { key: `${s.kind}/${s.id}`, text: `${fit(formatDate(s.date), 11)} ${fit(type, 18)} ${clean(s.title)}` };
}
