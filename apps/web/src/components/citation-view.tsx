import { type Citation, quoteAnchor, sourceAddresses } from "@kz-hrc/core";
import { type CitationStatus, STATUS_LABELS } from "../lib/citation-status";
import { claimAnchor, currentRecord } from "../lib/current-record";
import { api } from "../lib/data";
import { PERSPECTIVE_LABELS } from "../lib/format";
import { citationQuote } from "../lib/quotes";
import { urls } from "../lib/urls";
import { CiteQuote } from "./cite-block";
import { DateText } from "./date-text";
import { QuoteText } from "./quote-text";
import { QuoteLinks, SourceAddressLine } from "./source-links";

/** One citation: the verbatim quote, where it comes from, and whether it was checked. */
export function CitationView({ citation, status }: { citation: Citation; status: CitationStatus }) {
  const source = api.getSource(citation.sourceId);
  const publisher = source ? api.getOrganization(source.publisherId) : undefined;
  // A stable anchor per quote: its fingerprint, unchanged while the quote is.
  const anchor = quoteAnchor(citation.quote);
  const recordId = currentRecord();
  const addresses = source ? sourceAddresses(source) : undefined;
  return (
    <figure className="citation" id={claimAnchor(anchor)}>
      <QuoteText
        text={citation.quote}
        quote={citationQuote(citation)}
        cite={addresses?.original ?? addresses?.textAt}
      />
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
            {citation.locator ? <> Location: {citation.locator}.</> : null} <SourceAddressLine source={source} />
          </>
        ) : (
          <>Source {citation.sourceId}.</>
        )}{" "}
        <span className={`status status--${status}`}>{STATUS_LABELS[status]}.</span>
        <span className="citation__tools">
          {" "}
          <QuoteLinks {...(source ? { source } : {})} quote={citation.quote} anchor={anchor} />
        </span>
        {recordId ? <CiteQuote recordId={recordId} citation={citation} /> : null}
      </figcaption>
    </figure>
  );
}
