import { coverageReport, type Perspective } from "@kz-hrc/core";
import { api } from "../lib/data";
import { PERSPECTIVE_LABELS } from "../lib/format";
import { urls } from "../lib/urls";

/** What the record holds, part by part, and what it records as not yet established (from core). */
export function CoverageSection() {
  const report = coverageReport(api.dataset);
  return (
    <section id="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage</h2>
      <p>
        Dataset version {report.version}: {report.sources} sources from {report.origins} distinct origins
        (republications count once), {report.unDocuments} of them UN documents; {report.discrepancies} discrepancies and{" "}
        {report.unknowns} unknowns recorded.
      </p>
      {report.parts.map((part) => (
        <div key={part.id}>
          <h3>{part.title}</h3>
          <ul>
            {part.holds.map((line) => (
              <li key={line}>{line}</li>
            ))}
            {part.unknowns.map((u) => (
              <li key={u.id}>
                Not yet established: <a href={urls.record("unknown", u.id)}>{u.question}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h3>Sources by perspective</h3>
      <ul>
        {(Object.entries(report.sourcesByPerspective) as [Perspective, number][]).map(([perspective, count]) => (
          <li key={perspective}>
            {PERSPECTIVE_LABELS[perspective]}: {count}
          </li>
        ))}
      </ul>
    </section>
  );
}
