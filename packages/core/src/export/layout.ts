/**
 * The shape of every table of the download, derived from the zod schemas (through their
 * JSON Schema) so that a field added to a record reaches the tables without a hand-kept
 * list: each collection's scalar fields become columns of its own table (nested objects
 * flattened, lists of ids a `list` column), each list of nested records its own table keyed
 * by the record's id and the item's index, and every citation one row of `citations`.
 * Runs where zod is loaded (the build, the tests); the layouts are plain JSON.
 */
import { z } from "zod";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from "../schemas/dataset.js";
import { KINDS, kindOfCollection, type RecordKind } from "../schemas/kinds.js";
import { type ColumnLayout, type Layouts, LIST_DELIMITER, type TableLayout } from "./table-types.js";

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  allOf?: JsonSchema[];
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  description?: string;
}

/** Names and descriptions of the tables of nested records; any other is `<collection>-<field>`. */
const NESTED_TABLES: Readonly<Record<string, { name: string; description: string }>> = {
  "events.participants": { name: "participants", description: "Who took part in each event, and in what role." },
  "people.roles": {
    name: "roles",
    description: "The roles each person held, with their dates (their citations are in citations.csv).",
  },
  "people.otherNames": { name: "other-names", description: "Other names and spellings of each person." },
  "reforms.stages": {
    name: "stages",
    description: "The dated stages of each reform: announced, signed, adopted, in force…",
  },
  "votes.positions": {
    name: "vote-positions",
    description: "How states voted on each recorded vote, where a source names their vote.",
  },
  "discrepancies.variants": {
    name: "variants",
    description: "The values the sources give for each discrepancy, one row a variant.",
  },
  "statements.assesses": {
    name: "assessment-links",
    description: "The claims each independent assessment addresses: supports, contradicts or gives context.",
  },
  "uprReviews.documents": { name: "upr-documents", description: "The UN documents of each UPR review, by symbol." },
  "unknowns.searched": { name: "searched", description: "Where each unknown was looked for." },
};

/** Columns of nested records renamed where they would clash with the key to their record. */
const COLUMN_NAMES: Readonly<Record<string, string>> = {
  "statements.assesses.statementId": "assessedStatementId",
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A kind's label inside a sentence: "source", "UPR review", "Council vote". */
const recordLabel = (kind: RecordKind) => {
  const one: string = KINDS[kind].one;
  return /^[A-Z][a-z]/.test(one) && !one.startsWith("Council") ? one.charAt(0).toLowerCase() + one.slice(1) : one;
};
const camel = (kind: string) => kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * A JavaScript pattern as the XML Schema regular expression Table Schema asks for (whole
 * value, no non-capturing groups), or undefined when it has no such form (Unicode classes,
 * look-arounds: those rules stay in the JSON Schema).
 */
export function xsdPattern(pattern: string | undefined): string | undefined {
  if (!pattern || pattern === "\\S" || /\(\?[<=!]|\\p\{|\\u/.test(pattern)) return undefined;
  return pattern
    .replace(/(^|\|)\^/g, "$1")
    .replace(/\$(\||$)/g, "$1")
    .replaceAll("(?:", "(")
    .replaceAll("\\/", "/");
}

function isScalar(s: JsonSchema): boolean {
  return s.type === "string" || s.type === "integer" || s.type === "number" || s.type === "boolean";
}

function isIdLike(s: JsonSchema): boolean {
  return s.type === "string" && (Array.isArray(s.enum) || s.pattern === "^[a-z0-9]+(?:-[a-z0-9]+)*$");
}

function isRecordRef(s: JsonSchema): boolean {
  const keys = Object.keys(s.properties ?? {});
  return s.type === "object" && keys.length === 2 && keys.includes("kind") && keys.includes("id");
}

function column(name: string, path: string[], s: JsonSchema, required: boolean): ColumnLayout {
  const patterns = [s.pattern, ...(s.allOf ?? []).map((a) => a.pattern)]
    .map(xsdPattern)
    .filter((p): p is string => p !== undefined);
  const format = s.format ?? (s.allOf ?? []).find((a) => a.format)?.format;
  const constraints: ColumnLayout["constraints"] = {
    ...(required ? { required: true } : {}),
    ...(Array.isArray(s.enum) ? { enum: s.enum.map(String) } : {}),
    ...(patterns[0] !== undefined ? { pattern: patterns[0] } : {}),
    ...(s.maxLength !== undefined ? { maxLength: s.maxLength } : {}),
    ...(s.minimum !== undefined ? { minimum: s.minimum } : {}),
    ...(s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? { maximum: s.maximum } : {}),
  };
  return {
    name,
    path,
    type:
      s.type === "integer" ? "integer" : s.type === "number" ? "number" : s.type === "boolean" ? "boolean" : "string",
    ...(format === "uri" ? { format: "uri" as const } : {}),
    ...(s.description ? { description: s.description } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** Scalar columns of an object (nested objects flattened: totals.inFavour → totalsInFavour). */
function scalarColumns(
  s: JsonSchema,
  prefix: string[],
  required: boolean,
  rename: (name: string) => string,
): ColumnLayout[] {
  const out: ColumnLayout[] = [];
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    const path = [...prefix, key];
    const isRequired = required && (s.required ?? []).includes(key);
    const name = rename(path.map((p, i) => (i === 0 ? p : capitalize(p))).join(""));
    if (isScalar(prop)) out.push(column(name, path, prop, isRequired));
    else if (prop.type === "object" && !isRecordRef(prop)) out.push(...scalarColumns(prop, path, isRequired, rename));
    else if (prop.type === "array" && prop.items && isIdLike(prop.items)) {
      out.push({
        ...column(name, path, { ...prop.items, description: prop.description }, false),
        type: "list",
        delimiter: LIST_DELIMITER,
        itemType: "string",
        constraints: undefined,
      });
    }
  }
  return out.map((c) => (c.constraints === undefined ? (({ constraints: _, ...rest }) => rest)(c) : c));
}

function collectionLayouts(collection: CollectionName): TableLayout[] {
  const kind = kindOfCollection(collection);
  const schema = z.toJSONSchema(COLLECTIONS[collection], { io: "output", unrepresentable: "any" }) as JsonSchema;
  const parentKey = `${camel(kind)}Id`;
  const tables: TableLayout[] = [];
  const main: TableLayout = {
    name: collection,
    collection,
    kind,
    description: `One row per ${recordLabel(kind)}, with the address of its page.`,
    columns: [
      {
        name: "id",
        path: ["id"],
        type: "string",
        constraints: { required: true, unique: true, pattern: "[a-z0-9]+(-[a-z0-9]+)*" },
      },
      { name: "pageUrl", path: [], type: "string", description: "The record's page on the site." },
      ...scalarColumns(schema, [], true, (n) => n).filter((c) => c.name !== "id"),
    ],
    primaryKey: ["id"],
    cited: JSON.stringify(schema).includes('"citations":'),
  };
  tables.push(main);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    if (prop.type !== "array" || !prop.items || key === "citations") continue;
    const items = prop.items;
    if (isIdLike(items) || isRecordRef(items)) continue;
    const known = Object.hasOwn(NESTED_TABLES, `${collection}.${key}`)
      ? NESTED_TABLES[`${collection}.${key}`]
      : undefined;
    const name = known?.name ?? `${collection}-${key}`;
    const keyColumns: ColumnLayout[] = [
      {
        name: parentKey,
        path: [],
        type: "string",
        description: `The ${recordLabel(kind)} (id) this row belongs to.`,
        constraints: { required: true },
      },
      {
        name: "index",
        path: [],
        type: "integer",
        description: `Position in the ${recordLabel(kind)}'s ${key}, from 0, as in the field paths of citations.csv.`,
        constraints: { required: true, minimum: 0 },
      },
    ];
    const itemColumns = isScalar(items)
      ? [column("value", [], { ...items, description: prop.description }, true)]
      : scalarColumns(
          items,
          [],
          true,
          (n) =>
            COLUMN_NAMES[`${collection}.${key}.${n}`] ??
            (n === parentKey || n === "index" ? `item${capitalize(n)}` : n),
        );
    tables.push({
      name,
      collection,
      kind,
      items: key,
      description: known?.description ?? prop.description ?? `The ${key} of each ${recordLabel(kind)}, one row each.`,
      columns: [...keyColumns, ...itemColumns],
      primaryKey: [parentKey, "index"],
      parentKey,
    });
  }
  return tables;
}

/** Every table of the download (each collection's own, then those of its nested lists), a citation's columns and the link fields. */
export function tableLayouts(): Layouts {
  const events = z.toJSONSchema(COLLECTIONS.events, { io: "output", unrepresentable: "any" }) as JsonSchema;
  const links: Layouts["links"] = {};
  for (const collection of COLLECTION_NAMES) {
    const schema = z.toJSONSchema(COLLECTIONS[collection], { io: "output", unrepresentable: "any" }) as JsonSchema;
    const fields = Object.entries(schema.properties ?? {})
      .filter(([, prop]) => prop.type === "array" && prop.items !== undefined && isRecordRef(prop.items))
      .map(([key]) => key);
    if (fields.length > 0) links[collection] = fields;
  }
  return {
    tables: COLLECTION_NAMES.flatMap(collectionLayouts),
    citation: scalarColumns(events.properties?.citations?.items ?? {}, [], true, (n) => n),
    links,
  };
}
