/** The downloadable files of the dataset, each built from core's exports. */
import { dataPackage, exportTables, type Table, tableToCsv, workbookXlsx, zipFiles } from "@kz-hrc/core/export";
import { datasetJsonSchema } from "@kz-hrc/core/schemas";
import { exportedDataset } from "./data";
import { absoluteUrl, SITE_DESCRIPTION, SITE_TITLE, SITE_URL } from "./site";
import { urls } from "./urls";

/** What a file's bytes are: text, or binary (a zip, a workbook), possibly built asynchronously. */
export type DownloadBody = string | Uint8Array;

export interface Download {
  /** File name under /data/. */
  file: string;
  title: string;
  contentType: string;
  body: () => DownloadBody | Promise<DownloadBody>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
};
const inData = (path: string) => path.replace(/^\/data\//, "");

/** Every table of the download, built once per build. */
const tables = once((): Table[] => exportTables(exportedDataset, SITE_URL));
const csvFile = (table: Table) => inData(urls.collectionCsv(table.name));
const descriptor = once(() =>
  json(
    dataPackage(tables(), {
      version: exportedDataset.version,
      paths: {
        json: inData(urls.datasetJson()),
        jsonSchema: inData(urls.jsonSchema()),
        csv: (name) => inData(urls.collectionCsv(name)),
      },
    }),
  ),
);
const datasetJson = once(() => json(exportedDataset));
const schemaJson = once(() => json(datasetJsonSchema()));

/** What the zip's README says: which file is what. */
function readme(): string {
  return [
    `${SITE_TITLE} (kz-hrc), dataset version ${exportedDataset.version}`,
    `Licence: Creative Commons Attribution 4.0 (CC BY 4.0). Cite as described at ${absoluteUrl(urls.data())}`,
    "",
    "datapackage.json    Data Package (v2) descriptor: every table's columns, types, keys and foreign keys",
    "kz-hrc.json         the whole record as one JSON document; kz-hrc.schema.json is its JSON Schema",
    "*.csv               one table each, RFC 4180, UTF-8 without a byte-order mark; values exactly as recorded",
    "",
    "Tables:",
    ...tables().map((t) => `  ${`${t.name}.csv`.padEnd(26)}${t.description}`),
    "",
    "For a spreadsheet, use kz-hrc.xlsx from the same page: the same tables with typed columns.",
    "",
  ].join("\r\n");
}

const zip = once(() =>
  zipFiles([
    { name: "README.txt", body: readme() },
    { name: "datapackage.json", body: descriptor() },
    { name: inData(urls.datasetJson()), body: datasetJson() },
    { name: inData(urls.jsonSchema()), body: schemaJson() },
    ...tables().map((t) => ({ name: csvFile(t), body: tableToCsv(t) })),
  ]),
);
const workbook = once(() =>
  workbookXlsx(tables(), {
    title: `${SITE_TITLE} (kz-hrc)`,
    version: exportedDataset.version,
    licence: "Licensed under Creative Commons Attribution 4.0 (CC BY 4.0).",
    source: `From ${absoluteUrl(urls.data())}, where the same tables are CSV files and the whole record is JSON.`,
  }),
);

/** Every file under /data/, in the order the data page lists them. */
export const DOWNLOADS: readonly Download[] = [
  {
    file: inData(urls.workbook()),
    title: "Every table in one Excel workbook, typed columns",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: workbook,
  },
  {
    file: inData(urls.zip()),
    title: "Every table as CSV, with the data package descriptor and the JSON, in one zip",
    contentType: "application/zip",
    body: zip,
  },
  {
    file: inData(urls.datasetJson()),
    title: "The whole dataset (JSON)",
    contentType: "application/json",
    body: datasetJson,
  },
  {
    file: inData(urls.dataPackage()),
    title: "Data Package (v2) descriptor: the tables' columns, types and keys",
    contentType: "application/json",
    body: descriptor,
  },
  {
    file: inData(urls.jsonSchema()),
    title: "JSON Schema of the dataset",
    contentType: "application/schema+json",
    body: schemaJson,
  },
];

/** The tables, each a CSV file of its own, in the order the data page lists them. */
export const TABLE_DOWNLOADS: readonly (Download & { rows: number; description: string })[] = tables().map((table) => ({
  file: csvFile(table),
  title: table.name,
  description: table.description,
  rows: table.rows.length,
  contentType: "text/csv; charset=utf-8",
  body: () => tableToCsv(table),
}));

/** Every file under /data/. */
export const ALL_DOWNLOADS: readonly Download[] = [...DOWNLOADS, ...TABLE_DOWNLOADS];

/** Size in bytes of a body. */
export function byteLength(body: DownloadBody): number {
  return typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
}

const yaml = (text: string) => JSON.stringify(text);

/** CITATION.cff (Citation File Format 1.2.0) for the dataset. */
export function citationCff(): string {
  return [
    "cff-version: 1.2.0",
    'message: "If you use this dataset, please cite it as below."',
    "type: dataset",
    `title: ${yaml(`kz-hrc: ${SITE_TITLE}`)}`,
    `version: ${yaml(exportedDataset.version)}`,
    "authors:",
    '  - name: "kz-hrc contributors"',
    "license: CC-BY-4.0",
    `url: ${yaml(absoluteUrl("/"))}`,
    `abstract: ${yaml(SITE_DESCRIPTION)}`,
    "keywords:",
    ...["Kazakhstan", "UN Human Rights Council", "Universal Periodic Review", "human rights", "open data"].map(
      (k) => `  - ${yaml(k)}`,
    ),
    "",
  ].join("\n");
}

/** How to cite the dataset in prose. */
export function citationText(): string {
  return `kz-hrc contributors. kz-hrc: ${SITE_TITLE} (dataset), version ${exportedDataset.version}. ${absoluteUrl("/")}. Licensed CC BY 4.0.`;
}
