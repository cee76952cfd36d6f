import type { Citation } from "@kz-hrc/core";
import { citationStatus } from "../lib/citation-status";
import { api } from "../lib/data";
import { countOf } from "../lib/format";
import { CitationView } from "./citation-view";

/** A record's citations, each with its verification status, and how many origins back them. */
export function CitationList({
  citations,
  heading = "Sources",
}: {
  citations: readonly Citation[];
  heading?: string | null;
}) {
  if (citations.length === 0) return null;
  const origins = api.countOrigins(citations);
  return (
    <section>
      {heading ? <h2>{heading}</h2> : null}
      <p className="muted">
        {countOf(citations.length, "citation")} from {countOf(origins, "independent origin")} (republications count
        once).
      </p>
      <ul className="citations">
        {citations.map((citation, i) => (
          <li key={`${citation.sourceId}-${i}`}>
            <CitationView citation={citation} status={citationStatus(citation)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
