import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dataFileJsonSchema } from "../export/json-schema.js";
import { readDataFiles } from "../node.js";
import { COLLECTION_NAMES } from "../schemas/kinds.js";
import { QuoteChecks } from "../schemas/quote-checks.js";
import { loadDataset } from "./load.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = join(root, "data");

describe("the authored dataset", () => {
  it("ships the JSON Schema of data files that the zod schemas generate", () => {
    const committed = JSON.parse(readFileSync(join(dataDir, "data-file.schema.json"), "utf8"));
    expect(committed).toEqual(dataFileJsonSchema());
  });

  it("validates: schemas and integrity", () => {
    const data = loadDataset(readDataFiles(dataDir), "test");
    for (const name of COLLECTION_NAMES) expect(Array.isArray(data[name])).toBe(true);
  });

  it("loads every record of every data file on disk, none left out", () => {
    let authored = 0;
    for (const name of readdirSync(dataDir).filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json"))) {
      const file = JSON.parse(readFileSync(join(dataDir, name), "utf8")) as Record<string, unknown>;
      for (const [key, records] of Object.entries(file))
        if (key !== "$schema" && Array.isArray(records)) authored += records.length;
    }
    const data = loadDataset(readDataFiles(dataDir), "test");
    expect(COLLECTION_NAMES.reduce((n, name) => n + data[name].length, 0)).toBe(authored);
  });

  it("records quote checks only for sources whose archive is unchanged", () => {
    const data = loadDataset(readDataFiles(dataDir), "test");
    const checks = QuoteChecks.parse(JSON.parse(readFileSync(join(root, "provenance", "quote-checks.json"), "utf8")));
    const stale = Object.entries(checks.sources)
      .filter(([id, entry]) => data.sources.find((s) => s.id === id)?.archiveSha256 !== entry.sha256)
      .map(([id]) => id);
    expect(stale).toEqual([]);
  });
});
