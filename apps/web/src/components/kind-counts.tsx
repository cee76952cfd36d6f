import { RECORD_KINDS } from "@kz-hrc/core";
import { api } from "../lib/data";
import { KIND_LABELS } from "../lib/format";
import { urls } from "../lib/urls";

/** How many records of each kind the record holds, each linking to its index page. */
export function KindCounts() {
  return (
    <ul className="card-grid">
      {RECORD_KINDS.map((kind) => (
        <li key={kind} className="card">
          <a href={urls.kindIndex(kind)}>
            <span className="count">{api.listSummaries(kind).length}</span> {KIND_LABELS[kind].many}
          </a>
        </li>
      ))}
    </ul>
  );
}
