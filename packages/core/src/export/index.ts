/**
 * `@kz-hrc/core/export`: the record as downloads. Flat relational tables (tables.ts), each
 * as raw CSV for machines, all of them in a typed Excel workbook for spreadsheets, a Data
 * Package (v2) descriptor declaring their types and keys, and a zip of everything. Zod-free:
 * the table layouts were derived from the schemas when the package was built.
 */
import layouts from "../../generated/tables.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Layouts } from "./table-types.js";
import { buildTables, type Table } from "./tables.js";

export { csvField, tableToCsv } from "./csv.js";
export { dataPackage, type PackagePaths } from "./datapackage.js";
export {
  buildTables,
  type Cell,
  type ColumnLayout,
  type ForeignKey,
  type Layouts,
  LIST_DELIMITER,
  type Table,
  type TableLayout,
} from "./tables.js";
export { type WorkbookAbout, workbookXlsx } from "./workbook.js";
export { zipFiles } from "./zip.js";

/** The layouts of the download's tables, as built with the package. */
export const TABLE_LAYOUTS = layouts as Layouts;

/** Every table of the download for a dataset; page addresses start with `siteUrl`. */
export function exportTables(data: Omit<Dataset, "version">, siteUrl = ""): Table[] {
  return buildTables(data, TABLE_LAYOUTS, siteUrl);
}
