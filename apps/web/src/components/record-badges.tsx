import type { RecordRef } from "@kz-hrc/core";
import { api } from "../lib/data";
import { urls } from "../lib/urls";

/** Badges on a record that a discrepancy or an unknown touches, each linking to it. */
export function RecordBadges({ record }: { record: RecordRef }) {
  const discrepancies = api.listDiscrepanciesAbout(record);
  const unknowns = api.listUnknownsAbout(record);
  if (discrepancies.length === 0 && unknowns.length === 0) return null;
  return (
    <ul className="badges" aria-label="Open questions about this record">
      {discrepancies.map((d) => (
        <li key={d.id}>
          <a className="badge badge--discrepancy" href={urls.record("discrepancy", d.id)}>
            Sources disagree: {d.field}
          </a>
        </li>
      ))}
      {unknowns.map((u) => (
        <li key={u.id}>
          <a className="badge badge--unknown" href={urls.record("unknown", u.id)}>
            Not yet established: {u.question}
          </a>
        </li>
      ))}
    </ul>
  );
}
