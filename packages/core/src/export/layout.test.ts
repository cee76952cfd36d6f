import { describe, expect, it } from "vitest";
import { z } from "zod";
import { COLLECTION_NAMES, COLLECTIONS } from "../schemas/dataset.js";
import { tableLayouts, xsdPattern } from "./layout.js";

interface Json {
  type?: string;
  properties?: Record<string, Json>;
  items?: Json;
}

/** Every value a record can hold, as a path (`roles[].citations[].quote`). */
function leaves(schema: Json, prefix: string): string[] {
  if (schema.type === "object" && schema.properties)
    return Object.entries(schema.properties).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  if (schema.type === "array" && schema.items) return leaves(schema.items, `${prefix}[]`);
  return [prefix];
}

describe("the tables' layouts", () => {
  const layouts = tableLayouts();

  it("give every field of every record a column: its table's, a nested table's, citations or record-links", () => {
    const missing: string[] = [];
    for (const collection of COLLECTION_NAMES) {
      const schema = z.toJSONSchema(COLLECTIONS[collection], { io: "output", unrepresentable: "any" }) as Json;
      for (const leaf of leaves(schema, "")) {
        const citation = /(?:^|\.)citations\[\]\.(\w+)$/.exec(leaf);
        if (citation) {
          if (!layouts.citation.some((c) => c.name === citation[1])) missing.push(`${collection}.${leaf}`);
          continue;
        }
        const [head = "", ...rest] = leaf.split(".");
        if ((layouts.links[collection] ?? []).some((f) => head === `${f}[]`)) continue;
        const tables = layouts.tables.filter((t) => t.collection === collection);
        const main = tables.find((t) => t.items === undefined);
        const nested = tables.find((t) => t.items !== undefined && `${t.items}[]` === head);
        const inMain = main?.columns.some(
          (c) => c.path.length > 0 && [c.path.join("."), `${c.path.join(".")}[]`].includes(leaf),
        );
        const inNested = nested?.columns.some((c) =>
          rest.length === 0 ? c.name === "value" : c.path.join(".") === rest.join("."),
        );
        if (!inMain && !inNested) missing.push(`${collection}.${leaf}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("type no column any, and name every table once", () => {
    const names = layouts.tables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of layouts.tables)
      for (const c of t.columns)
        expect(["string", "integer", "number", "boolean", "list"], `${t.name}.${c.name}`).toContain(c.type);
  });

  it("write patterns as XML Schema expressions, whole value, and leave out what they cannot say", () => {
    expect(xsdPattern("^[a-z0-9]+(?:-[a-z0-9]+)*$")).toBe("[a-z0-9]+(-[a-z0-9]+)*");
    expect(xsdPattern("^\\d{4}$|^\\d{4}-\\d{2}$")).toBe("\\d{4}|\\d{4}-\\d{2}");
    expect(xsdPattern("^A\\/(?:HRC\\/)?\\d+$")).toBe("A/(HRC/)?\\d+");
    expect(xsdPattern("\\S")).toBeUndefined();
    expect(xsdPattern("^(?:[^\\p{Cc}])*$")).toBeUndefined();
  });
});
