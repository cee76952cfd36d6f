import type { Discrepancy } from "@kz-hrc/core";
import { citationStatus } from "../lib/citation-status";
import { CitationView } from "./citation-view";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";

/** Sources that disagree: every variant with its sources, the preferred one and why. */
export function DiscrepancyView({ discrepancy }: { discrepancy: Discrepancy }) {
  return (
    <RecordShell kind="discrepancy" id={discrepancy.id} title={discrepancy.title}>
      <p>
        The sources disagree on <strong>{discrepancy.field}</strong> of{" "}
        {discrepancy.about.map((ref, i) => (
          <span key={`${ref.kind}/${ref.id}`}>
            {i > 0 ? ", " : null}
            <RecordLink id={ref.id} kind={ref.kind} />
          </span>
        ))}
        .
      </p>
      <section>
        <h2>Variants</h2>
        <ol className="stages">
          {discrepancy.variants.map((variant, i) => (
            <li key={i}>
              <h3>
                {variant.value}
                {i === discrepancy.preferred ? " (preferred)" : null}
              </h3>
              <ul className="citations">
                {variant.citations.map((citation, j) => (
                  <li key={j}>
                    <CitationView citation={citation} status={citationStatus(citation)} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>Why the preferred variant</h2>
        <p>{discrepancy.reason}</p>
      </section>
    </RecordShell>
  );
}
