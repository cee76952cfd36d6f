import type { Dataset } from "../schemas/dataset.js";
import { COLLECTION_NAMES, type CollectionName, kindOfCollection, type RecordKind } from "../schemas/kinds.js";
import { buildTables, type Cell, type Layouts, LIST_DELIMITER, type Table } from "./tables.js";

/** The record kind of each collection (from the kind registry). */
export const KIND_OF_COLLECTION: Readonly<Record<CollectionName, RecordKind>> = Object.fromEntries(
  COLLECTION_NAMES.map((collection) => [collection, kindOfCollection(collection)]),
) as Record<CollectionName, RecordKind>;

function text(cell: Cell): string {
  if (cell === undefined) return "";
  if (Array.isArray(cell)) return cell.join(LIST_DELIMITER);
  return String(cell);
}

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.
 * Values are never altered: a text that starts with "=", "+", "-" or "@" stays as it is, so
 * machines read exactly the data (spreadsheet users get the typed workbook instead).
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A table as CSV (RFC 4180, UTF-8 without a byte-order mark, CRLF line ends), its header first. */
export function tableToCsv(table: Pick<Table, "columns" | "rows">): string {
  const lines = [
    table.columns.map((c) => csvField(c.name)).join(","),
    ...table.rows.map((row) => row.map((cell) => csvField(text(cell))).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** One collection's own table as CSV: a row a record, with the address of its page. */
export function collectionCsv(data: Dataset, collection: CollectionName, layouts: Layouts, siteUrl = ""): string {
  if (!COLLECTION_NAMES.includes(collection))
    throw new RangeError(`unknown collection "${String(collection)}" (known: ${COLLECTION_NAMES.join(", ")})`);
  const table = buildTables(
    data,
    { ...layouts, tables: layouts.tables.filter((t) => t.collection === collection && t.items === undefined) },
    siteUrl,
  ).find((t) => t.name === collection);
  return tableToCsv(table ?? { columns: [], rows: [] });
}
