import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dataFileJsonSchema } from "../export/json-schema.js";
import { readArchive, readDataFiles } from "../node.js";
import { COLLECTION_NAMES } from "../schemas/dataset.js";
import { QuoteChecks } from "../schemas/quote-checks.js";
import { verifyQuotes } from "../verify/verify.js";
import { mergeValidatedFiles } from "./fill-defaults.js";
import { DATA_FILES } from "./files.js";
import { loadDataset } from "./load.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = join(root, "data");
const seedsDir = join(root, "..", "..", "..", "shared", "seeds");

describe("the bundled dataset", () => {
  it("lists every data file in files.ts", () => {
    const onDisk = readdirSync(dataDir)
      .filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json"))
      .map((n) => `data/${n}`)
      .sort();
    expect(Object.keys(DATA_FILES).sort()).toEqual(onDisk);
  });

  it("ships the JSON Schema of data files that the zod schemas generate", () => {
    const committed = JSON.parse(readFileSync(join(dataDir, "data-file.schema.json"), "utf8"));
    expect(committed).toEqual(dataFileJsonSchema());
  });

  it("validates: schemas and integrity", () => {
    const data = loadDataset(readDataFiles(dataDir), "test");
    for (const name of COLLECTION_NAMES) expect(Array.isArray(data[name])).toBe(true);
  });

  it("loads the same records on the fast path (no zod) as through the schemas", () => {
    const { version: _version, ...validated } = loadDataset(DATA_FILES, "test");
    expect(mergeValidatedFiles(DATA_FILES)).toEqual(validated);
  });

  it("records quote checks only for sources whose archive is unchanged", () => {
    const data = loadDataset(readDataFiles(dataDir), "test");
    const checks = QuoteChecks.parse(JSON.parse(readFileSync(join(root, "provenance", "quote-checks.json"), "utf8")));
    const stale = Object.entries(checks.sources)
      .filter(([id, entry]) => data.sources.find((s) => s.id === id)?.archiveSha256 !== entry.sha256)
      .map(([id]) => id);
    expect(stale).toEqual([]);
  });

  it.runIf(existsSync(seedsDir))("verifies every quote taken from the seed articles", () => {
    const data = loadDataset(readDataFiles(dataDir), "test");
    const report = verifyQuotes(data, readArchive(seedsDir));
    expect(report.failed.map((f) => `${f.record.id} ${f.field}: ${f.citation.quote}`)).toEqual([]);
    expect(report.unmatchedFiles).toEqual([]);
  });
});
