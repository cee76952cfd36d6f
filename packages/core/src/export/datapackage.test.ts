import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { fixtureFile } from "../test/fixture.js";
import { dataPackage } from "./datapackage.js";

describe("dataPackage", () => {
  const data = loadDataset({ "data/test.json": fixtureFile() }, "test");
  const pkg = dataPackage(data, { json: "kz-hrc.json", csv: (c) => `${c}.csv`, schema: "kz-hrc.schema.json" });
  const resource = (name: string) => pkg.resources.find((r) => r.name === name) as { schema: { fields: { name: string; type: string }[]; foreignKeys?: unknown[] } };

  it("declares the recommendations table with typed columns and its key to the reviews", () => {
    const { schema } = resource("recommendations");
    expect(schema.fields.find((f) => f.name === "cycle")?.type).toBe("integer");
    expect(schema.foreignKeys).toEqual([{ fields: "reviewId", reference: { resource: "uprreviews", fields: "id" } }]);
  });

  it("declares the votes table with integer totals and a boolean outcome", () => {
    const { schema } = resource("votes");
    expect(schema.fields.filter((f) => ["inFavour", "against", "abstaining"].includes(f.name)).map((f) => f.type)).toEqual(["integer", "integer", "integer"]);
    expect(schema.fields.find((f) => f.name === "adopted")?.type).toBe("boolean");
  });
});
