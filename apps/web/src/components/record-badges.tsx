import type { RecordRef } from "@kz-hrc/core";
import { api } from "../lib/data";
import { countOf } from "../lib/format";
import { urls } from "../lib/urls";

/** The caveats on a record in a few words: what the sources disagree on, how many facts are open. */
export function caveatSummary(discrepancies: readonly { field: string }[], unknowns: number): string {
  const parts: string[] = [];
  const [only] = discrepancies;
  if (only && discrepancies.length === 1) parts.push(`sources disagree on ${only.field}`);
  else if (discrepancies.length > 1) parts.push(`sources disagree on ${discrepancies.length} points`);
  if (unknowns > 0) parts.push(`${countOf(unknowns, "fact")} not yet established`);
  const text = parts.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The caveats on a record that a discrepancy or an unknown touches: one compact line
 * after the summary that opens (no script needed) onto a link to each of them.
 */
export function RecordBadges({ record }: { record: RecordRef }) {
  const discrepancies = api.listDiscrepanciesAbout(record);
  const unknowns = api.listUnknownsAbout(record);
  if (discrepancies.length === 0 && unknowns.length === 0) return null;
  return (
    <details className="caveats">
      <summary>
        <span className="caveats__label">Caveats:</span> {caveatSummary(discrepancies, unknowns.length)}
      </summary>
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
    </details>
  );
}
