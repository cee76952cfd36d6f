/**
 * The rules of the Data Package v2 profiles (datapackage.org: Data Package, Data Resource,
 * Table Schema) that a descriptor and its CSV files must keep, checked by hand for the
 * tests: the descriptor's shape, then every table's data against its Table Schema (types,
 * constraints, primary and foreign keys).
 */
import { parseCsv } from "./csv-parse.js";

type Json = Record<string, unknown>;

const FIELD_TYPES = [
  "string",
  "number",
  "integer",
  "boolean",
  "object",
  "array",
  "list",
  "datetime",
  "date",
  "time",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
  "geojson",
  "any",
];
const STRING_FORMATS = ["default", "email", "uri", "binary", "uuid"];
const LIST_ITEM_TYPES = ["string", "integer", "boolean", "number", "datetime", "date", "time"];
const CONSTRAINTS = [
  "required",
  "unique",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "jsonSchema",
  "pattern",
  "enum",
];
// The profile's rule for a path: a URL, or a POSIX path that is relative and never climbs out.
const PATH = /^((?=[^./~])(?!file:)((?!\/\.\.\/)(?!\\)(?!:\/\/).)*|(http|ftp)s?:\/\/.*)$/;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** Problems with a descriptor, one a line; empty when it keeps the rules. */
export function checkDescriptor(pkg: Json): string[] {
  const errors: string[] = [];
  const fail = (where: string, message: string) => errors.push(`${where}: ${message}`);
  if (pkg.$schema !== "https://datapackage.org/profiles/2.0/datapackage.json")
    fail("package", "$schema is not the v2 profile");
  for (const licence of (pkg.licenses as Json[] | undefined) ?? []) {
    if (typeof licence.name !== "string" && typeof licence.path !== "string") fail("license", "needs a name or a path");
    if (typeof licence.name === "string" && !/^([-a-zA-Z0-9._])+$/.test(licence.name))
      fail("license", "name is not an identifier");
  }
  const resources = pkg.resources as Json[] | undefined;
  if (!Array.isArray(resources) || resources.length === 0)
    return [...errors, "package: resources must be a non-empty array"];
  const names = resources.map((r) => r.name);
  const byName = new Map(resources.map((r) => [r.name, r]));
  resources.forEach((r, i) => {
    const where = `resource ${String(r.name ?? i)}`;
    if (typeof r.name !== "string" || !/^[a-z0-9._-]+$/.test(r.name))
      fail(where, "name must be lower-case letters, digits, . - _");
    if (names.indexOf(r.name) !== i) fail(where, "name is not unique");
    if ("path" in r === "data" in r) fail(where, "needs exactly one of path and data");
    if ("path" in r && (typeof r.path !== "string" || !PATH.test(r.path)))
      fail(where, "path is not a relative POSIX path or a URL");
    if (r.mediatype !== undefined && (typeof r.mediatype !== "string" || !/^(.+)\/(.+)$/.test(r.mediatype)))
      fail(where, "mediatype is not a media type");
    if (r.type !== undefined && r.type !== "table") fail(where, 'type can only be "table"');
    if (!("schema" in r)) return;
    if (r.type !== "table") fail(where, "a schema belongs to a tabular resource (type: table)");
    const schema = r.schema as Json;
    if (!schema || typeof schema !== "object" || !Array.isArray(schema.fields) || schema.fields.length === 0) {
      fail(where, "schema must be a Table Schema with fields");
      return;
    }
    const fields = schema.fields as Json[];
    const fieldNames = fields.map((f) => f.name);
    fields.forEach((f, j) => {
      const at = `${where} › field ${String(f.name ?? j)}`;
      if (typeof f.name !== "string" || fieldNames.indexOf(f.name) !== j) fail(at, "name must be a unique string");
      if (typeof f.type !== "string" || !FIELD_TYPES.includes(f.type)) fail(at, "type is not a Table Schema type");
      if (f.type === "any" || f.type === undefined) fail(at, "is typed any");
      if (f.type === "string" && f.format !== undefined && !STRING_FORMATS.includes(String(f.format)))
        fail(at, "format is not a string format");
      if (
        f.type === "list" &&
        (typeof f.delimiter !== "string" || !LIST_ITEM_TYPES.includes(String(f.itemType ?? "string")))
      )
        fail(at, "list needs a delimiter and an item type");
      const constraints = (f.constraints ?? {}) as Json;
      for (const key of Object.keys(constraints)) if (!CONSTRAINTS.includes(key)) fail(at, `unknown constraint ${key}`);
      if (constraints.enum !== undefined && !Array.isArray(constraints.enum)) fail(at, "enum must be an array");
      if (constraints.pattern !== undefined) {
        try {
          new RegExp(`^(?:${String(constraints.pattern)})$`, "u");
        } catch {
          fail(at, "pattern does not compile");
        }
      }
    });
    if (
      schema.primaryKey !== undefined &&
      !(isStrings(schema.primaryKey) && schema.primaryKey.every((k) => fieldNames.includes(k)))
    )
      fail(where, "primaryKey must name fields");
    for (const fk of (schema.foreignKeys as Json[] | undefined) ?? []) {
      const reference = fk.reference as Json | undefined;
      if (!isStrings(fk.fields) || !fk.fields.every((k) => fieldNames.includes(k)))
        fail(where, "foreign key fields must be an array of its fields");
      if (!reference || !isStrings(reference.fields) || reference.fields.length !== (fk.fields as unknown[]).length) {
        fail(where, "foreign key reference needs fields of the same length");
        continue;
      }
      if (reference.resource === "") fail(where, "a key into the same table omits resource (v2)");
      const target = reference.resource === undefined ? r : byName.get(reference.resource);
      const targetFields =
        ((target?.schema as Json | undefined)?.fields as Json[] | undefined)?.map((x) => x.name) ?? [];
      if (!target) fail(where, `foreign key refers to no resource ${String(reference.resource)}`);
      else if (!reference.fields.every((k) => targetFields.includes(k)))
        fail(where, "foreign key refers to fields the target does not have");
    }
  });
  return errors;
}

/** Problems with the tables' data, read from their CSV files, against the descriptor. */
export function checkTables(pkg: Json, files: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  const keys = new Map<string, Set<string>>();
  const tables = new Map<string, { header: string[]; rows: (string | null)[][] }>();
  for (const r of pkg.resources as Json[]) {
    if (r.type !== "table") continue;
    const text = files.get(String(r.path));
    if (text === undefined) {
      errors.push(`${String(r.name)}: file ${String(r.path)} is missing`);
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) errors.push(`${String(r.name)}: starts with a byte-order mark`);
    const [header = [], ...raw] = parseCsv(text);
    const schema = r.schema as { fields: Json[]; primaryKey?: string[]; missingValues?: string[] };
    const names = schema.fields.map((f) => String(f.name));
    if (header.join(",") !== names.join(","))
      errors.push(`${String(r.name)}: header ${header.join(",")} is not the schema's fields`);
    const missing = schema.missingValues ?? [""];
    const rows = raw.map((row) => row.map((cell) => (missing.includes(cell) ? null : cell)));
    tables.set(String(r.name), { header, rows });
    const patterns = schema.fields.map((f) => {
      const pattern = (f.constraints as Json | undefined)?.pattern;
      return typeof pattern === "string" ? new RegExp(`^(?:${pattern})$`, "u") : undefined;
    });
    rows.forEach((row, n) => {
      const where = `${String(r.name)} row ${n + 2}`;
      if (row.length !== names.length) errors.push(`${where}: ${row.length} fields for ${names.length} columns`);
      schema.fields.forEach((f, j) => {
        const value = row[j] ?? null;
        const c = (f.constraints ?? {}) as Json;
        if (value === null) {
          if (c.required) errors.push(`${where} › ${String(f.name)}: required`);
          return;
        }
        const bad = (why: string) => errors.push(`${where} › ${String(f.name)}: ${why}: ${JSON.stringify(value)}`);
        if (f.type === "integer" && !/^[+-]?\d+$/.test(value)) bad("not an integer");
        if (f.type === "number" && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^(NaN|INF|-INF)$/i.test(value))
          bad("not a number");
        if (f.type === "boolean" && !["true", "True", "TRUE", "1", "false", "False", "FALSE", "0"].includes(value))
          bad("not a boolean");
        if (f.format === "uri") {
          try {
            new URL(value);
          } catch {
            bad("not a URI");
          }
        }
        const items = f.type === "list" ? value.split(String(f.delimiter ?? ",")) : [value];
        for (const item of items) {
          if (Array.isArray(c.enum) && !c.enum.map(String).includes(item)) bad("not in the enum");
          if (patterns[j] && !patterns[j].test(item)) bad("does not match the pattern");
        }
        if (typeof c.maxLength === "number" && [...value].length > c.maxLength) bad("too long");
        if (typeof c.minimum === "number" && Number(value) < c.minimum) bad("below the minimum");
        if (typeof c.maximum === "number" && Number(value) > c.maximum) bad("above the maximum");
      });
    });
    schema.fields.forEach((f, j) => {
      if (!(f.constraints as Json | undefined)?.unique) return;
      const values = rows.map((row) => row[j]).filter((v) => v !== null);
      if (new Set(values).size !== values.length)
        errors.push(`${String(r.name)} › ${String(f.name)}: values are not unique`);
    });
    if (schema.primaryKey) {
      const idx = schema.primaryKey.map((k) => names.indexOf(k));
      const seen = new Set<string>();
      for (const row of rows) {
        const key = JSON.stringify(idx.map((i) => row[i]));
        if (seen.has(key)) errors.push(`${String(r.name)}: primary key ${key} twice`);
        seen.add(key);
      }
      keys.set(String(r.name), seen);
    }
  }
  for (const r of pkg.resources as Json[]) {
    const table = tables.get(String(r.name));
    if (!table) continue;
    for (const fk of ((r.schema as Json).foreignKeys as Json[] | undefined) ?? []) {
      const reference = fk.reference as { resource?: string; fields: string[] };
      const target = tables.get(reference.resource ?? String(r.name));
      const targetPk = (
        (pkg.resources as Json[]).find((x) => x.name === (reference.resource ?? r.name))?.schema as Json | undefined
      )?.primaryKey;
      if (!target) continue;
      const targetIdx = reference.fields.map((k) => target.header.indexOf(k));
      const available =
        JSON.stringify(targetPk) === JSON.stringify(reference.fields)
          ? keys.get(reference.resource ?? String(r.name))
          : new Set(target.rows.map((row) => JSON.stringify(targetIdx.map((i) => row[i]))));
      const idx = (fk.fields as string[]).map((k) => table.header.indexOf(k));
      for (const row of table.rows) {
        const values = idx.map((i) => row[i]);
        if (values.some((v) => v === null)) continue;
        if (!available?.has(JSON.stringify(values)))
          errors.push(
            `${String(r.name)} › ${(fk.fields as string[]).join(",")}: ${JSON.stringify(values)} is not in ${reference.resource ?? "this table"}`,
          );
      }
    }
  }
  return errors;
}
