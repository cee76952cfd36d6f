import { JsonLd } from "../../components/json-ld";
import { api, exportedDataset } from "../../lib/data";
import {
  ALL_DOWNLOADS,
  byteLength,
  citationText,
  DOWNLOADS,
  type Download,
  TABLE_DOWNLOADS,
} from "../../lib/downloads";
import { pageMetadata } from "../../lib/metadata";
import { absoluteUrl, SITE_DESCRIPTION, SITE_TITLE } from "../../lib/site";
import { urls } from "../../lib/urls";

export const metadata = pageMetadata(
  "Data",
  "Download the whole record: an Excel workbook, every table as CSV in one zip with a Frictionless data package, the JSON with its JSON Schema, and CITATION.cff.",
  urls.data(),
);

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en")} KB`;
const sizeOf = async (d: Download) => kb(byteLength(await d.body()));

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
    distribution: ALL_DOWNLOADS.map((d) => ({
      "@type": "DataDownload",
      name: d.file,
      encodingFormat: d.contentType.split(";")[0],
      contentUrl: absoluteUrl(urls.download(d.file)),
    })),
  };
}

export default async function DataPage() {
  const counts = api.listSummaries().length;
  const sizes = new Map(await Promise.all(DOWNLOADS.map(async (d) => [d.file, await sizeOf(d)] as const)));
  const link = (d: Download | undefined) =>
    d ? (
      <a href={urls.download(d.file)} download>
        {d.file}
      </a>
    ) : null;
  const find = (path: string) => DOWNLOADS.find((d) => urls.download(d.file) === path);
  return (
    <>
      <JsonLd data={datasetJsonLd()} />
      <h1>Data</h1>
      <p className="lede">
        The whole record, {counts} records in dataset version <strong>{exportedDataset.version}</strong>, under the
        Creative Commons Attribution 4.0 licence. Every file is generated from the same validated data as these pages.
      </p>
      <section aria-labelledby="which-heading">
        <h2 id="which-heading">Which file to use</h2>
        <dl className="download-uses">
          <dt>In a spreadsheet (Excel, LibreOffice, Google Sheets, Numbers)</dt>
          <dd>
            {link(find(urls.workbook()))}: every table as a sheet, numbers as numbers and ids, dates and texts as text,
            so nothing is reformatted; a first sheet says what each sheet holds.
          </dd>
          <dt>In R, Python, a database or a data tool</dt>
          <dd>
            {link(find(urls.zip()))}: every table as a CSV file (UTF-8, values exactly as recorded) with{" "}
            <code>datapackage.json</code>, which declares each column&apos;s type and the keys that join the tables;
            Frictionless tools load it as it is.
          </dd>
          <dt>In an application</dt>
          <dd>
            {link(find(urls.datasetJson()))}: the whole record as one JSON document, each record with its citations,
            checked by {link(find(urls.jsonSchema()))}.
          </dd>
          <dt>One table only</dt>
          <dd>Its CSV file, listed under Tables below.</dd>
        </dl>
      </section>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Downloads</h2>
        <ul className="download-list">
          {DOWNLOADS.map((d) => (
            <li key={d.file}>
              {link(d)} — {d.title}, {sizes.get(d.file)}
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
          Each record is also available as JSON at <code>/api/&lt;kind&gt;/&lt;id&gt;.json</code>, linked from the foot
          of its page, for example{" "}
          <a href={urls.recordJson("topic", api.listTopics()[0]?.id ?? "")}>
            {urls.recordJson("topic", api.listTopics()[0]?.id ?? "")}
          </a>
          .
        </p>
      </section>
      <section aria-labelledby="tables-heading">
        <h2 id="tables-heading">Tables</h2>
        <p>
          The same tables are in the workbook and the zip. Each collection&apos;s own table is keyed by <code>id</code>{" "}
          and gives the address of each record&apos;s page; the tables of nested lists (participants, roles, stages…)
          are keyed by their record&apos;s id and an <code>index</code> from 0; <code>citations</code> holds every quote
          with the record and field that carry it. Lists of ids are joined with a semicolon and a space.
        </p>
        <table className="data-tables">
          <thead>
            <tr>
              <th scope="col">File and what it holds</th>
              <th scope="col">Rows</th>
            </tr>
          </thead>
          <tbody>
            {TABLE_DOWNLOADS.map((t) => (
              <tr key={t.file}>
                <td>
                  {link(t)}
                  <br />
                  {t.description}
                </td>
                <td>{t.rows.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading">How to cite</h2>
        <p>{citationText()}</p>
        <p>
          Cite the dataset version you used. Each record&apos;s page address is stable and can be cited on its own: its
          &ldquo;Cite this record&rdquo; section gives the citation as plain text, BibTeX and CSL-JSON, and each quote
          on it has its own link and citation. What changed from one version to the next is in the{" "}
          <a href={urls.changelog()}>data changelog</a>.
        </p>
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">As a library</h2>
        <p>
          The same data, typed and validated, with the query functions this site uses, is the <code>@kz-hrc/core</code>{" "}
          package; the terminal browser is the <code>kz-hrc</code> command.
        </p>
      </section>
    </>
  );
}
