/** Plain-JSON descriptions of the download's tables (zod-free: built once, read anywhere). */
import type { CollectionName, RecordKind } from "../schemas/kinds.js";

/** What joins the items of a `list` column in CSV and spreadsheet cells. */
export const LIST_DELIMITER = "; ";

/** A column: its Table Schema type and constraints, and where its value sits in the record. */
export interface ColumnLayout {
  name: string;
  /** Path of the value inside the record (or inside the nested item, for their tables); empty for computed columns. */
  path: string[];
  type: "string" | "integer" | "number" | "boolean" | "list";
  format?: "uri";
  delimiter?: string;
  itemType?: "string";
  description?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    maxLength?: number;
    minimum?: number;
    maximum?: number;
  };
}

/** A table: a collection's own, or the table of one list of nested records (items). */
export interface TableLayout {
  name: string;
  collection: CollectionName;
  kind: RecordKind;
  description: string;
  /** The record field whose items are this table's rows; absent for the collection's own table. */
  items?: string;
  /** The column that holds the id of the record an item belongs to. */
  parentKey?: string;
  columns: ColumnLayout[];
  primaryKey: string[];
  /** For a collection's own table: whether its records carry citations (then a sourceIds column sums them up). */
  cited?: boolean;
}

/** Every layout the tables need: one per table, a citation's columns, and the fields that link to records of any kind. */
export interface Layouts {
  tables: TableLayout[];
  citation: ColumnLayout[];
  /** Per collection, the fields that hold `{ kind, id }` references (about, related). */
  links: Partial<Record<CollectionName, string[]>>;
}
