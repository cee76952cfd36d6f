import {
  type CiteContext,
  type CitedQuote,
  type CitedRecord,
  citationBibtex,
  citationCsl,
  citationText,
  citedOf,
  cslJson,
} from "@kz-hrc/core";
import { api, exportedDataset } from "../lib/data";
import { BUILD_DATE, SITE_URL } from "../lib/site";

/** Where and when the site's citations are made: its address, this build's date, the dataset version. */
export function citeContext(): CiteContext {
  return { siteUrl: SITE_URL, version: exportedDataset.version, accessed: BUILD_DATE };
}

/**
 * "Cite this record": a plain-text citation, BibTeX and CSL-JSON, with the page's address,
 * the date accessed and the dataset version. Plain HTML (details/summary), no script.
 */
export function CiteBlock({ id }: { id: string }) {
  const cited = citedOf(api, id);
  if (!cited) return null;
  const context = citeContext();
  return (
    <section className="cite" id="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this record</h2>
      <p>{citationText(cited.record, context)}</p>
      <CiteFormats record={cited.record} context={context} />
      <p className="muted">
        The date accessed is the day this page was built; give the day you read it. Each quote above has its own link
        and citation.
      </p>
    </section>
  );
}

/** BibTeX and CSL-JSON of a record or a quote, each in a disclosure. */
function CiteFormats({ record, context, quote }: { record: CitedRecord; context: CiteContext; quote?: CitedQuote }) {
  return (
    <>
      <details className="cite__format">
        <summary>BibTeX</summary>
        <pre>
          <code>{citationBibtex(record, context, quote)}</code>
        </pre>
      </details>
      <details className="cite__format">
        <summary>CSL-JSON</summary>
        <pre>
          <code>{cslJson(citationCsl(record, context, quote))}</code>
        </pre>
      </details>
    </>
  );
}

/** A quote's plain-text citation, on request. */
export function CiteQuote({
  recordId,
  citation,
}: {
  recordId: string;
  citation: { sourceId: string; quote: string; locator?: string };
}) {
  const cited = citedOf(api, recordId, citation);
  if (!cited?.quote) return null;
  return (
    <details className="cite-quote">
      <summary>
        Cite<span className="visually-hidden"> this quote</span>
      </summary>
      <p>{citationText(cited.record, citeContext(), cited.quote, { withQuote: false })}</p>
    </details>
  );
}
