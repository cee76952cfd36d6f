/**
 * The record as flat relational tables, for spreadsheets and databases: each collection's
 * own table (one row a record, scalar fields as columns, lists of ids as `list` columns),
 * one table per list of nested records (participants, roles, stages, variants…; keyed by
 * the record's id and the item's index), every citation in `citations` (record kind, record
 * id, field, source id, quote, locator…) and every `{ kind, id }` reference in
 * `record-links`. Keys and foreign keys are declared for the data package. Zod-free: the
 * column layouts come from the build (export/layout.ts).
 */

import { behaviourOf } from "../query/kinds.js";
import { memberPosition } from "../query/member.js";
import { recordPath } from "../query/paths.js";
import { allRecords } from "../query/store.js";
import type { Dataset } from "../schemas/dataset.js";
import {
  COLLECTION_NAMES,
  type CollectionName,
  collectionOf,
  kindOfCollection,
  RECORD_KINDS,
} from "../schemas/kinds.js";
import { VOTES } from "../schemas/vocabulary.js";
import { type ColumnLayout, type Layouts, LIST_DELIMITER, type TableLayout } from "./table-types.js";

export type { ColumnLayout, Layouts, TableLayout };
export { LIST_DELIMITER };

/** A cell: text, a number, a boolean, a list of ids, or empty. */
export type Cell = string | number | boolean | readonly string[] | undefined;

/** A Table Schema foreign key (Data Package v2: arrays of field names; no resource for a key into the same table). */
export interface ForeignKey {
  fields: string[];
  reference: { resource?: string; fields: string[] };
}

/** A table with its rows, ready for CSV, a spreadsheet and the data package. */
export interface Table {
  /** File name without extension, and sheet name. */
  name: string;
  /** The data package's resource name (lower case). */
  resource: string;
  description: string;
  columns: readonly ColumnLayout[];
  rows: readonly Cell[][];
  primaryKey: readonly string[];
  foreignKeys: readonly ForeignKey[];
}

type Row = Readonly<Record<string, unknown>>;

const resourceOf = (name: string) => name.toLowerCase();
const distinct = (values: readonly string[]) => [...new Set(values)];

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Row)[key];
  }
  return current;
}

function cellOf(column: ColumnLayout, value: unknown): Cell {
  if (value === undefined || value === null) return undefined;
  if (column.type === "list") return Array.isArray(value) ? value.map(String) : [String(value)];
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Columns computed from more than one field, where a spreadsheet user wants them side by side. */
function extraColumns(layout: TableLayout): ColumnLayout[] {
  const extra: ColumnLayout[] = [];
  if (layout.collection === "recommendations") {
    extra.push(
      {
        name: "cycle",
        path: [],
        type: "integer",
        description: "The UPR cycle of the review that made it.",
        constraints: { minimum: 1 },
      },
      {
        name: "recommendingStates",
        path: [],
        type: "string",
        description: `The recommending states' names, joined with "${LIST_DELIMITER}".`,
      },
    );
  }
  if (layout.collection === "votes") {
    extra.push(
      {
        name: "kazakhstanVote",
        path: [],
        type: "string",
        description: "Kazakhstan's vote, only where a source names it; empty when not established.",
        constraints: { enum: [...VOTES] },
      },
      {
        name: "kazakhstanVoteSourceIds",
        path: [],
        type: "list",
        delimiter: LIST_DELIMITER,
        itemType: "string",
        description: "The sources that name Kazakhstan's vote.",
      },
    );
  }
  if (layout.cited) {
    extra.push({
      name: "sourceIds",
      path: [],
      type: "list",
      delimiter: LIST_DELIMITER,
      itemType: "string",
      description: "Every source the record's citations quote (their quotes are in citations.csv).",
    });
  }
  return extra;
}

function extraCells(data: Omit<Dataset, "version">, collection: CollectionName, record: Row): Record<string, Cell> {
  const kind = kindOfCollection(collection);
  const cited = behaviourOf(kind)
    .citations(record as never)
    .flatMap(([, citations]) => (citations ?? []).map((c) => c.sourceId));
  const out: Record<string, Cell> = { sourceIds: distinct(cited) };
  if (collection === "recommendations") {
    const r = record as unknown as Dataset["recommendations"][number];
    out.cycle = data.uprReviews.find((u) => u.id === r.reviewId)?.cycle;
    out.recommendingStates = r.recommendingStateIds
      .map((id) => data.organizations.find((o) => o.id === id)?.name ?? id)
      .join(LIST_DELIMITER);
  }
  if (collection === "votes") {
    const kz = memberPosition(record as unknown as Dataset["votes"][number]);
    out.kazakhstanVote = kz?.vote;
    out.kazakhstanVoteSourceIds = kz ? distinct(kz.citations.map((c) => c.sourceId)) : [];
  }
  return out;
}

/** Foreign keys from the references records make (query/kinds.ts), where they land on a plain column. */
function referenceKeys(
  data: Omit<Dataset, "version">,
  tables: readonly Table[],
  layouts: readonly TableLayout[],
): Map<string, ForeignKey[]> {
  const keys = new Map<string, ForeignKey[]>();
  const seen = new Set<string>();
  for (const entry of allRecords(data)) {
    const collection = collectionOf(entry.kind);
    for (const [field, kind] of behaviourOf(entry.kind).references(entry.record as never)) {
      const parts = field.split(".").filter((p) => !/^\d+$/.test(p));
      const layout =
        layouts.find((l) => l.collection === collection && l.items !== undefined && l.items === parts[0]) ??
        layouts.find((l) => l.collection === collection && l.items === undefined);
      if (!layout) continue;
      const path = layout.items === undefined ? parts : parts.slice(1);
      const column = layout.columns.find(
        (c) => c.type !== "list" && c.path.length > 0 && c.path.join(".") === path.join("."),
      );
      const target = collectionOf(kind);
      const key = `${layout.name} ${column?.name} ${target}`;
      if (!column || seen.has(key)) continue;
      seen.add(key);
      const self = layout.name === target;
      const foreignKey = {
        fields: [column.name],
        reference: { ...(self ? {} : { resource: resourceOf(target) }), fields: ["id"] },
      };
      keys.set(layout.name, [...(keys.get(layout.name) ?? []), foreignKey]);
    }
  }
  for (const table of tables)
    keys.get(table.name)?.sort((a, b) => (a.fields[0] ?? "").localeCompare(b.fields[0] ?? ""));
  return keys;
}

/** Every table of the download, built from a validated dataset; page addresses start with `siteUrl`. */
export function buildTables(data: Omit<Dataset, "version">, layouts: Layouts, siteUrl = ""): Table[] {
  const base = siteUrl.replace(/\/$/, "");
  const tables: Table[] = [];
  for (const layout of layouts.tables) {
    if (!COLLECTION_NAMES.includes(layout.collection)) continue;
    const records = data[layout.collection] as unknown as readonly Row[];
    if (layout.items === undefined) {
      const columns = [...layout.columns, ...extraColumns(layout)];
      const rows = records.map((record) => {
        const extra = extraCells(data, layout.collection, record);
        return columns.map((c) =>
          c.name === "pageUrl"
            ? `${base}${recordPath(layout.kind, String(record.id))}`
            : c.path.length > 0
              ? cellOf(c, at(record, c.path))
              : cellOf(c, extra[c.name]),
        );
      });
      tables.push({
        name: layout.name,
        resource: resourceOf(layout.name),
        description: layout.description,
        columns,
        rows,
        primaryKey: layout.primaryKey,
        foreignKeys: [],
      });
      continue;
    }
    const items = layout.items;
    const rows = records.flatMap((record) =>
      ((at(record, [items]) as readonly unknown[] | undefined) ?? []).map((item, index) =>
        layout.columns.map((c) =>
          c.name === layout.parentKey
            ? String(record.id)
            : c.name === "index"
              ? index
              : c.path.length === 0
                ? cellOf(c, item)
                : cellOf(c, at(item, c.path)),
        ),
      ),
    );
    tables.push({
      name: layout.name,
      resource: resourceOf(layout.name),
      description: layout.description,
      columns: layout.columns,
      rows,
      primaryKey: layout.primaryKey,
      foreignKeys: [
        { fields: [layout.parentKey ?? "id"], reference: { resource: resourceOf(layout.collection), fields: ["id"] } },
      ],
    });
  }

  const recordColumns: ColumnLayout[] = [
    {
      name: "recordKind",
      path: [],
      type: "string",
      description: "The kind of the record that carries the citation.",
      constraints: { required: true, enum: [...RECORD_KINDS] },
    },
    {
      name: "recordId",
      path: [],
      type: "string",
      description: "The id of the record (its table is the kind's collection).",
      constraints: { required: true },
    },
  ];
  const citationRows: Cell[][] = [];
  const citationColumns: ColumnLayout[] = [
    ...recordColumns,
    {
      name: "field",
      path: [],
      type: "string",
      description: "Where in the record: citations.0, or roles.1.citations.0 for the second role's first citation.",
      constraints: { required: true },
    },
    ...layouts.citation,
  ];
  const linkRows: Cell[][] = [];
  for (const entry of allRecords(data)) {
    for (const [field, citations] of behaviourOf(entry.kind).citations(entry.record as never)) {
      (citations ?? []).forEach((citation, i) => {
        citationRows.push(
          citationColumns.map((c) =>
            c.name === "recordKind"
              ? entry.kind
              : c.name === "recordId"
                ? entry.record.id
                : c.name === "field"
                  ? `${field}.${i}`
                  : cellOf(c, at(citation, c.path)),
          ),
        );
      });
    }
    for (const field of layouts.links[collectionOf(entry.kind)] ?? []) {
      ((at(entry.record, [field]) as readonly { kind: string; id: string }[] | undefined) ?? []).forEach((ref, i) => {
        linkRows.push([entry.kind, entry.record.id, `${field}.${i}`, ref.kind, ref.id]);
      });
    }
  }
  tables.push({
    name: "citations",
    resource: "citations",
    description:
      "Every citation: the verbatim quote from a source that backs a record, with the record and field that carry it.",
    columns: citationColumns,
    rows: citationRows,
    primaryKey: ["recordId", "field"],
    foreignKeys: [{ fields: ["sourceId"], reference: { resource: "sources", fields: ["id"] } }],
  });
  tables.push({
    name: "record-links",
    resource: "record-links",
    description:
      "References from a record to records of any kind: what a discrepancy or an unknown is about, what bears on a recommendation.",
    columns: [
      ...recordColumns,
      {
        name: "field",
        path: [],
        type: "string",
        description: "The field and position of the reference, such as about.0 or related.2.",
        constraints: { required: true },
      },
      {
        name: "linkedKind",
        path: [],
        type: "string",
        description: "The kind of the record referred to.",
        constraints: { required: true, enum: [...RECORD_KINDS] },
      },
      {
        name: "linkedId",
        path: [],
        type: "string",
        description: "The id of the record referred to.",
        constraints: { required: true },
      },
    ],
    rows: linkRows,
    primaryKey: ["recordId", "field"],
    foreignKeys: [],
  });

  const keys = referenceKeys(data, tables, layouts.tables);
  return tables.map((t) => ({ ...t, foreignKeys: [...t.foreignKeys, ...(keys.get(t.name) ?? [])] }));
}
