import { JsonLd } from "../../components/json-ld";
import { api, exportedDataset } from "../../lib/data";
import { citationText, DOWNLOADS } from "../../lib/downloads";
import { pageMetadata } from "../../lib/metadata";
import { SITE_DESCRIPTION, SITE_TITLE, absoluteUrl } from "../../lib/site";
import { urls } from "../../lib/urls";

export const metadata = pageMetadata("Data", "Download the whole record: JSON, CSV per collection, a Frictionless data package, a JSON Schema and CITATION.cff.", urls.data());

const kb = (text: string) => `${Math.max(1, Math.round(Buffer.byteLength(text) / 1024))} KB`;

function datasetJsonLd() {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: SITE_TITLE,
    alternateName: "kz-hrc",
    description: SITE_DESCRIPTION,
    url: absoluteUrl(urls.data()),
    version: exportedDataset.version,
    license: "https://creativecommons.org/licenses/by/4.0/",
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: "kz-hrc contributors" },
    keywords: ["Kazakhstan", "UN Human Rights Council", "Universal Periodic Review", "human rights"],
    spatialCoverage: "Kazakhstan",
    temporalCoverage: "2006/..",
    distribution: DOWNLOADS.map((d) => ({ "@type": "DataDownload", name: d.file, encodingFormat: d.contentType.split(";")[0], contentUrl: absoluteUrl(urls.download(d.file)) })),
  };
}

export default function DataPage() {
  const counts = api.listSummaries().length;
  return (
    <>
      <JsonLd data={datasetJsonLd()} />
      <h1>Data</h1>
      <p className="lede">
        The whole record, {counts} records in dataset version <strong>{exportedDataset.version}</strong>, under the Creative
        Commons Attribution 4.0 licence. Every file is generated from the same validated data as these pages.
      </p>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Downloads</h2>
        <ul className="download-list">
          {DOWNLOADS.map((d) => (
            <li key={d.file}>
              <a href={urls.download(d.file)} download>
                {d.file}
              </a>{" "}
              — {d.title}, {kb(d.body())}
            </li>
          ))}
          <li>
            <a href={urls.citationCff()} download>
              CITATION.cff
            </a>{" "}
            — citation metadata (Citation File Format)
          </li>
          <li>
            <a href={urls.feed()}>feed.xml</a> — Atom feed of events
          </li>
        </ul>
        <p>
          Each record is also available as JSON at <code>/api/&lt;kind&gt;/&lt;id&gt;.json</code>, linked from the foot of its page,
          for example <a href={urls.recordJson("topic", api.listTopics()[0]?.id ?? "")}>{urls.recordJson("topic", api.listTopics()[0]?.id ?? "")}</a>.
        </p>
      </section>
      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading">How to cite</h2>
        <p>{citationText()}</p>
        <p>
          Cite the dataset version you used. Each record&apos;s page address is stable and can be cited on its own; each fact on it
          carries the verbatim quote and the source it comes from.
        </p>
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">As a library</h2>
        <p>
          The same data, typed and validated, with the query functions this site uses, is the <code>@kz-hrc/core</code> package; the
          terminal browser is the <code>kz-hrc</code> command.
        </p>
      </section>
    </>
  );
}
