import type { RecordSummary } from "@kz-hrc/core";
import { KIND_LABELS } from "../lib/format";
import { urls } from "../lib/urls";
import { DateText } from "./date-text";

/** A list of records: title linked to its page, then kind, date and one line of context. */
export function SummaryList({ items, showKind = false, empty = "None yet." }: { items: readonly RecordSummary[]; showKind?: boolean; empty?: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="record-list">
      {items.map((item) => (
        <li key={`${item.kind}/${item.id}`}>
          <a href={urls.record(item.kind, item.id)}>{item.title}</a>
          <span className="meta">
            {[showKind ? KIND_LABELS[item.kind].one : undefined, item.subtitle].filter(Boolean).join(" · ")}
            {item.date ? (
              <>
                {showKind || item.subtitle ? " · " : ""}
                <DateText date={item.date} />
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
