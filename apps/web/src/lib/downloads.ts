/** The downloadable files of the dataset, each built from core's exports. */
import { COLLECTION_NAMES, dataPackage, toCsv } from "@kz-hrc/core";
import { datasetJsonSchema } from "@kz-hrc/core/schemas";
import { exportedDataset } from "./data";
import { SITE_DESCRIPTION, SITE_TITLE, SITE_URL, absoluteUrl } from "./site";
import { urls } from "./urls";

export interface Download {
  /** File name under /data/. */
  file: string;
  title: string;
  contentType: string;
  body: () => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file under /data/, in the order the data page lists them. */
export const DOWNLOADS: readonly Download[] = [
  { file: "kz-hrc.json", title: "The whole dataset (JSON)", contentType: "application/json", body: () => json(exportedDataset) },
  {
    file: "datapackage.json",
    title: "Frictionless data package descriptor",
    contentType: "application/json",
    body: () =>
      json(
        dataPackage(exportedDataset, {
          json: urls.datasetJson().replace("/data/", ""),
          csv: (c) => urls.collectionCsv(c).replace("/data/", ""),
          schema: urls.jsonSchema().replace("/data/", ""),
        }),
      ),
  },
  { file: "kz-hrc.schema.json", title: "JSON Schema of the dataset", contentType: "application/schema+json", body: () => json(datasetJsonSchema()) },
  ...COLLECTION_NAMES.map((collection) => ({
    file: `${collection}.csv`,
    title: `${collection} (CSV, one row a record, with its page URL)`,
    contentType: "text/csv; charset=utf-8",
    body: () => toCsv(exportedDataset, collection, SITE_URL),
  })),
];

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
    ...["Kazakhstan", "UN Human Rights Council", "Universal Periodic Review", "human rights", "open data"].map((k) => `  - ${yaml(k)}`),
    "",
  ].join("\n");
}

/** How to cite the dataset in prose. */
export function citationText(): string {
  return `kz-hrc contributors. kz-hrc: ${SITE_TITLE} (dataset), version ${exportedDataset.version}. ${absoluteUrl("/")}. Licensed CC BY 4.0.`;
}
