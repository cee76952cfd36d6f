import { type Source, sourceAddresses, waybackLookupUrl } from "@kz-hrc/core";
import { api } from "../lib/data";
import { humanize, PERSPECTIVE_LABELS } from "../lib/format";
import { urls } from "../lib/urls";
import { DateText } from "./date-text";
import { Facts } from "./facts";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { hostOf } from "./source-links";
import { SummaryList } from "./summary-list";

/** A source: who published it from which perspective, its republications, what cites it. */
export function SourceView({ source }: { source: Source }) {
  const origin = api.originOf(source.id);
  const republishedBy = api.listRepublicationsOf(source.id).flatMap((s) => api.getSummary(s.id) ?? []);
  const citing = api.listRecordsCitingSource(source.id).flatMap((r) => api.getSummary(r.id) ?? []);
  const addresses = sourceAddresses(source);
  // A test host's snapshots are not the document's: look up the original only then.
  const archived = addresses.original ?? (addresses.readAt?.copy === "test-host" ? undefined : addresses.textAt);
  return (
    <RecordShell kind="source" id={source.id} title={source.title} subtitle={humanize(source.kind)}>
      <Facts
        facts={[
          { label: "Publisher", value: <RecordLink id={source.publisherId} kind="organization" /> },
          {
            label: "Published",
            value: source.published ? <DateText date={source.published} /> : undefined,
            expected: true,
          },
          { label: "Author", value: source.author },
          { label: "Perspective", value: PERSPECTIVE_LABELS[source.perspective] },
          { label: "Kind", value: humanize(source.kind) },
          { label: "Language", value: source.language },
          { label: "UN symbol", value: source.unSymbol },
          {
            label: "Original",
            value: addresses.original ? (
              <a href={addresses.original} rel="external noopener noreferrer">
                {addresses.original}
              </a>
            ) : addresses.originalUnknown ? (
              "Address not established: only the copy below was found"
            ) : undefined,
          },
          {
            label: "Read at",
            value: addresses.readAt ? (
              <>
                <a href={addresses.readAt.url} rel="external noopener noreferrer">
                  {addresses.readAt.url}
                </a>{" "}
                ({addresses.readAt.label}; the quotes were taken from this copy)
              </>
            ) : undefined,
          },
          {
            label: "Archived snapshot",
            value: addresses.snapshot ? (
              <a href={addresses.snapshot} rel="external noopener noreferrer">
                {addresses.snapshot}
              </a>
            ) : undefined,
          },
          {
            label: "Web archive",
            value: archived ? (
              <a href={waybackLookupUrl(archived)} rel="external noopener noreferrer">
                Look up snapshots of {hostOf(archived)} in the Wayback Machine
              </a>
            ) : undefined,
          },
          { label: "Archive SHA-256", value: source.archiveSha256 ? <code>{source.archiveSha256}</code> : undefined },
          { label: "Notes", value: source.notes },
        ]}
      />
      <section>
        <h2>Origin</h2>
        {source.republishes ? (
          <p>
            This source republishes <RecordLink id={source.republishes} kind="source" />
            {origin && origin.id !== source.republishes ? (
              <>
                , which goes back to <RecordLink id={origin.id} kind="source" />
              </>
            ) : null}
            . Corroboration counts that origin once, however many outlets carry it.
          </p>
        ) : (
          <p>This source is an original: it republishes no other source in the record.</p>
        )}
        <h3>Republished by</h3>
        <SummaryList items={republishedBy} empty="No other source in the record republishes it." />
      </section>
      <section>
        <h2>Records citing this source</h2>
        <SummaryList items={citing} showKind empty="No record cites it yet." />
      </section>
      <p>
        <a href={urls.search(`source:${source.id}`)}>Search the records citing it</a>
      </p>
    </RecordShell>
  );
}
