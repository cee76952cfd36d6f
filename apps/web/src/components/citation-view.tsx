import type { Citation } from "@kz-hrc/core";
import { STATUS_LABELS, type CitationStatus } from "../lib/citation-status";
import { api } from "../lib/data";
import { PERSPECTIVE_LABELS } from "../lib/format";
import { urls } from "../lib/urls";
import { DateText } from "./date-text";

/** One citation: the verbatim quote, where it comes from, and whether it was checked. */
export function CitationView({ citation, status }: { citation: Citation; status: CitationStatus }) {
  const source = api.getSource(citation.sourceId);
  const publisher = source ? api.getOrganization(source.publisherId) : undefined;
  return (
    <figure className="citation">
      <blockquote cite={source?.url}>
        <p>{citation.quote}</p>
      </blockquote>
      <figcaption>
        {source ? (
          <>
            <a href={urls.record("source", source.id)}>{source.title}</a>
            {publisher ? <>, {publisher.name}</> : null}
            {source.published ? (
              <>
                , <DateText date={source.published} />
              </>
            ) : null}
            . Perspective: {PERSPECTIVE_LABELS[source.perspective]}.
            {citation.locator ? <> Location: {citation.locator}.</> : null}
            {source.url ? (
              <>
                {" "}
                <a href={source.url} rel="external noopener noreferrer">
                  Original<span className="visually-hidden"> of {source.title}</span>
                </a>
                .
              </>
            ) : null}
          </>
        ) : (
          <>Source {citation.sourceId}.</>
        )}{" "}
        <span className={`status status--${status}`}>{STATUS_LABELS[status]}.</span>
      </figcaption>
    </figure>
  );
}
