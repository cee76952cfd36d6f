import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { readDataFiles } from "../node.js";
import { checkDescriptor, checkTables } from "../test/data-package-check.js";
import { fixtureFile } from "../test/fixture.js";
import { tableToCsv } from "./csv.js";
import { dataPackage } from "./datapackage.js";
import { tableLayouts } from "./layout.js";
import { buildTables, type Table } from "./tables.js";

const layouts = tableLayouts();
const paths = { json: "kz-hrc.json", jsonSchema: "kz-hrc.schema.json" };

function packageOf(tables: Table[]) {
  const pkg = dataPackage(tables, { version: "test", paths }) as unknown as Record<string, unknown>;
  const files = new Map(tables.map((t) => [`${t.name}.csv`, tableToCsv(t)]));
  return { pkg, files };
}

describe("dataPackage", () => {
  const data = loadDataset({ "data/test.json": fixtureFile() }, "test");
  const tables = buildTables(data, layouts, "https://example.org/");
  const { pkg, files } = packageOf(tables);
  const resource = (name: string) =>
    (
      pkg.resources as {
        name: string;
        schema?: { fields: { name: string; type: string }[]; foreignKeys?: unknown[]; primaryKey?: string[] };
      }[]
    ).find((r) => r.name === name)!;

  it("keeps the Data Package v2 rules: the JSON document has no Table Schema, every table one with a type for each field", () => {
    expect(checkDescriptor(pkg)).toEqual([]);
    const json = resource("dataset") as Record<string, unknown>;
    expect(json.schema).toBeUndefined();
    expect(json.jsonSchema).toBe("kz-hrc.schema.json");
    const types = (pkg.resources as { schema?: { fields: { type: string }[] } }[]).flatMap(
      (r) => r.schema?.fields.map((f) => f.type) ?? [],
    );
    expect(types.length).toBeGreaterThan(100);
    expect(types).not.toContain("any");
  });

  it("finds the rule breaks it is meant to find", () => {
    const broken = structuredClone(pkg) as { resources: Record<string, unknown>[] };
    broken.resources[0]!.schema = "kz-hrc.schema.json";
    (broken.resources[1]!.schema as { fields: { type: string }[] }).fields[2]!.type = "any";
    (broken.resources[2]!.schema as { foreignKeys?: unknown[] }).foreignKeys = [
      { fields: "id", reference: { resource: "people", fields: ["id"] } },
      { fields: ["id"], reference: { resource: "nowhere", fields: ["id"] } },
    ];
    broken.resources[3]!.path = "../outside.csv";
    expect(checkDescriptor(broken)).toEqual([
      "resource dataset: a schema belongs to a tabular resource (type: table)",
      "resource dataset: schema must be a Table Schema with fields",
      `resource ${broken.resources[1]!.name as string} › field title: is typed any`,
      `resource ${broken.resources[2]!.name as string}: foreign key fields must be an array of its fields`,
      `resource ${broken.resources[2]!.name as string}: foreign key reference needs fields of the same length`,
      `resource ${broken.resources[2]!.name as string}: foreign key refers to no resource nowhere`,
      `resource ${broken.resources[3]!.name as string}: path is not a relative POSIX path or a URL`,
    ]);
    const badCsv = new Map(files);
    badCsv.set("votes.csv", files.get("votes.csv")!.replace(",23,", ",twenty-three,"));
    badCsv.set("citations.csv", files.get("citations.csv")!.replace(",un-press-election,", ",no-such-source,"));
    expect(checkTables(pkg, badCsv)).toEqual([
      expect.stringContaining('votes row 2 › totalsInFavour: not an integer: "twenty-three"'),
      expect.stringContaining('citations › sourceId: ["no-such-source"] is not in sources'),
    ]);
  });

  it("declares keys: every nested table to its record, citations to sources, references to their tables", () => {
    expect(resource("participants").schema!.foreignKeys).toEqual(
      expect.arrayContaining([
        { fields: ["eventId"], reference: { resource: "events", fields: ["id"] } },
        { fields: ["personId"], reference: { resource: "people", fields: ["id"] } },
        { fields: ["organizationId"], reference: { resource: "organizations", fields: ["id"] } },
      ]),
    );
    expect(resource("citations").schema!.foreignKeys).toEqual([
      { fields: ["sourceId"], reference: { resource: "sources", fields: ["id"] } },
    ]);
    expect(resource("recommendations").schema!.foreignKeys).toContainEqual({
      fields: ["reviewId"],
      reference: { resource: "uprreviews", fields: ["id"] },
    });
    expect(resource("sources").schema!.foreignKeys).toContainEqual({
      fields: ["republishes"],
      reference: { fields: ["id"] },
    });
    expect(resource("stages").schema!.primaryKey).toEqual(["reformId", "index"]);
    expect(resource("votes").schema!.fields.find((f) => f.name === "adopted")?.type).toBe("boolean");
    expect(resource("recommendations").schema!.fields.find((f) => f.name === "cycle")?.type).toBe("integer");
  });

  it("has data that keeps its Table Schemas: types, constraints, primary and foreign keys", () => {
    expect(checkTables(pkg, files)).toEqual([]);
  });

  it("holds for the real record too", () => {
    const dataDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");
    const real = loadDataset(readDataFiles(dataDir), "test");
    const { pkg: realPkg, files: realFiles } = packageOf(buildTables(real, layouts, "https://example.org/"));
    expect(checkDescriptor(realPkg)).toEqual([]);
    expect(checkTables(realPkg, realFiles)).toEqual([]);
  });
});
