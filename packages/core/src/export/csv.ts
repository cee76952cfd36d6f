import type { Dataset } from "../schemas/dataset.js";
import { COLLECTION_NAMES, kindOfCollection, type CollectionName, type RecordKind } from "../schemas/kinds.js";
import { recordPath } from "../query/paths.js";
import { flatTable } from "./tables.js";

/** The record kind of each collection (from the kind registry). */
export const KIND_OF_COLLECTION: Readonly<Record<CollectionName, RecordKind>> = Object.fromEntries(
  COLLECTION_NAMES.map((collection) => [collection, kindOfCollection(collection)]),
) as Record<CollectionName, RecordKind>;

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.join("; ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function escapeCsv(text: string): string {
  // A leading =, +, - or @ would run as a formula in spreadsheets: prefix a quote.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The columns of a collection's CSV: id, url, then every field that occurs, in first-seen order. */
export function csvColumns(records: readonly object[]): string[] {
  const columns = new Set<string>(["id", "url"]);
  for (const record of records) for (const key of Object.keys(record)) columns.add(key);
  return [...columns];
}

/**
 * One collection as CSV (RFC 4180): a row a record with the URL of its page; lists of
 * plain values joined with "; ", nested values (citations, stages) as JSON, except in
 * the flat tables (tables.ts), whose columns are all plain values.
 */
export function toCsv(data: Dataset, collection: CollectionName, siteUrl = ""): string {
  const flat = flatTable(data, collection);
  const records = flat?.rows ?? (data[collection] as readonly Record<string, unknown>[]);
  const columns = flat ? ["id", "url", ...flat.columns.map((c) => c.name)] : csvColumns(records);
  const base = siteUrl.replace(/\/$/, "");
  const rows = records.map((record) =>
    columns
      .map((column) =>
        column === "url" ? `${base}${recordPath(KIND_OF_COLLECTION[collection], String(record.id))}` : cell(record[column]),
      )
      .map(escapeCsv)
      .join(","),
  );
  return `${[columns.join(","), ...rows].join("\r\n")}\r\n`;
}
