import * as core from "@kz-hrc/core";

type CoverageReport = () => unknown;

const coverageReport = (core as unknown as { coverageReport?: CoverageReport }).coverageReport;

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <>—</>;
  if (Array.isArray(value)) {
    return (
      <ul>
        {value.map((v, i) => (
          <li key={i}>
            <Value value={v} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === "object") {
    return (
      <dl className="facts">
        {Object.entries(value).map(([k, v]) => (
          <div key={k} className="facts__row">
            <dt>{k}</dt>
            <dd>
              <Value value={v} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}

/** The coverage report from core when it has one; a marked placeholder until then. */
export function CoverageSection() {
  const report = typeof coverageReport === "function" ? coverageReport() : undefined;
  return (
    <section id="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage</h2>
      {report === undefined ? (
        <p className="muted">
          Coverage report: to come. This section will show what the record covers and what it still lacks, period by period,
          once the core library reports it.
        </p>
      ) : typeof report === "string" ? (
        <pre>{report}</pre>
      ) : (
        <Value value={report} />
      )}
    </section>
  );
}
