import type { Dataset } from "../schemas/dataset.js";
import { COLLECTION_NAMES } from "../schemas/kinds.js";
import { csvColumns } from "./csv.js";
import { flatTable } from "./tables.js";

/** A Frictionless Data Package descriptor for the JSON and CSV downloads. */
export function dataPackage(data: Dataset, paths: { json: string; csv: (collection: string) => string; schema: string }) {
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "kz-hrc",
    title: "Kazakhstan at the UN Human Rights Council",
    description:
      "An open, sourced record of Kazakhstan's engagement with the UN Human Rights Council: elections and membership terms, Universal Periodic Review cycles, statements at Council sessions, domestic reforms and independent assessments, each fact anchored to a verbatim quote.",
    version: data.version,
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    resources: [
      {
        name: "dataset",
        path: paths.json,
        format: "json",
        mediatype: "application/json",
        description: "The whole record as one JSON document.",
        schema: paths.schema,
      },
      ...COLLECTION_NAMES.map((collection) => {
        const flat = flatTable(data, collection);
        const url = { name: "url", type: "string", format: "uri" };
        return {
          name: collection.toLowerCase(),
          path: paths.csv(collection),
          format: "csv",
          mediatype: "text/csv",
          encoding: "utf-8",
          schema: {
            fields: flat
              ? [{ name: "id", type: "string" }, url, ...flat.columns]
              : csvColumns(data[collection] as readonly object[]).map((name) => (name === "url" ? url : { name, type: "any" })),
            primaryKey: ["id"],
            ...(flat?.foreignKeys.length ? { foreignKeys: flat.foreignKeys } : {}),
          },
        };
      }),
    ],
  };
}
