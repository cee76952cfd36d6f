import type { Discrepancy } from "@kz-hrc/core";
import { AREA_LABELS, aboutDate, SIGNIFICANCE_LABELS } from "../lib/caveats";
import { citationStatus } from "../lib/citation-status";
import { urls } from "../lib/urls";
import { CitationView } from "./citation-view";
import { DateText } from "./date-text";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";

/** Where a discrepancy or an unknown sits among the others: its area, its significance and the date of what it is about. */
export function CaveatPlace({
  kind,
  area,
  significance,
  date,
}: {
  kind: "discrepancy" | "unknown";
  area?: keyof typeof AREA_LABELS;
  significance?: keyof typeof SIGNIFICANCE_LABELS;
  date?: string;
}) {
  if (!area && !significance && !date) return null;
  return (
    <p className="caveat-place">
      {area ? (
        <>
          Area: <a href={`${urls.kindIndex(kind)}#area-${area}`}>{AREA_LABELS[area].label}</a>
        </>
      ) : null}
      {significance ? (
        <>
          {area ? " · " : null}
          <strong className={`significance significance--${significance}`}>
            {SIGNIFICANCE_LABELS[significance].label}
          </strong>
        </>
      ) : null}
      {date ? (
        <>
          {area || significance ? " · " : null}
          About a record dated <DateText date={date} />
        </>
      ) : null}
    </p>
  );
}

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
      <CaveatPlace
        kind="discrepancy"
        area={discrepancy.area}
        significance={discrepancy.significance}
        date={aboutDate(discrepancy.about)}
      />
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
