/**
 * Writes data/data-file.schema.json from the zod schemas, or with --check fails when
 * the committed file is stale (so editors never validate against an old schema).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataFileJsonSchema } from "../export/json-schema.js";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "data-file.schema.json");
const text = `${JSON.stringify(dataFileJsonSchema(), null, 2)}\n`;
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== text) {
    console.error("data/data-file.schema.json is stale: run `pnpm --filter @kz-hrc/core schema`");
    process.exit(1);
  }
  console.log("data/data-file.schema.json is up to date");
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
