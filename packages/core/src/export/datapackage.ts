import type { ColumnLayout, Table } from "./tables.js";

/** Where each file of the download is, relative to the descriptor. */
export interface PackagePaths {
  /** The whole record as one JSON document. */
  json: string;
  /** The JSON Schema (draft 2020-12) that document validates against. */
  jsonSchema: string;
  /** A table's CSV file (default `<name>.csv`). */
  csv?: (table: string) => string;
}

/** A Table Schema field descriptor (Data Package v2): a type for every column, never `any`. */
function field(column: ColumnLayout) {
  return {
    name: column.name,
    type: column.type,
    ...(column.format ? { format: column.format } : {}),
    ...(column.type === "list" ? { delimiter: column.delimiter, itemType: column.itemType } : {}),
    ...(column.description ? { description: column.description } : {}),
    ...(column.constraints && Object.keys(column.constraints).length > 0 ? { constraints: column.constraints } : {}),
  };
}

/**
 * A Data Package (v2) descriptor for the download: the JSON document, and every table as
 * a tabular resource with its Table Schema, primary key and foreign keys. The JSON
 * document's JSON Schema is named in a `jsonSchema` property of its own: a resource's
 * `schema` must be a Table Schema.
 */
export function dataPackage(tables: readonly Table[], options: { version: string; paths: PackagePaths }) {
  const csv = options.paths.csv ?? ((name: string) => `${name}.csv`);
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "kz-hrc",
    title: "Kazakhstan at the UN Human Rights Council",
    description:
      "An open, sourced record of Kazakhstan's engagement with the UN Human Rights Council: elections and membership terms, Universal Periodic Review cycles, statements at Council sessions, domestic reforms and independent assessments, each fact anchored to a verbatim quote.",
    version: options.version,
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0",
      },
    ],
    keywords: ["Kazakhstan", "UN Human Rights Council", "Universal Periodic Review", "human rights"],
    resources: [
      {
        name: "dataset",
        path: options.paths.json,
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        description: "The whole record as one JSON document, every record with its nested citations.",
        jsonSchema: options.paths.jsonSchema,
      },
      ...tables.map((table) => ({
        name: table.resource,
        type: "table",
        path: csv(table.name),
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        description: table.description,
        schema: {
          fields: table.columns.map(field),
          missingValues: [""],
          primaryKey: [...table.primaryKey],
          ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
        },
      })),
    ],
  };
}
