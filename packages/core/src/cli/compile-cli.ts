/**
 * kz-hrc-compile [data-folder] [--out file]: validates the authored data files once
 * (schemas and integrity) and writes the compiled dataset (generated/dataset.js): every collection in export
 * order, each sorted in its kind's list order, with the schemas' defaults filled in.
 * The main entry bundles that file, so apps and the CLI load validated data without zod.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DataValidationError } from "../data/errors.js";
import { loadDataset } from "../data/load.js";
import { tableLayouts } from "../export/layout.js";
import { readDataFiles } from "../node.js";
import { behaviourOf } from "../query/kinds.js";
import { recordsOf } from "../query/store.js";
import { COLLECTION_NAMES, collectionOf, RECORD_KINDS } from "../schemas/kinds.js";

const here = dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string", default: join(here, "..", "generated", "dataset.js") } },
});
const dir = positionals[0] ?? join(here, "..", "data");
try {
  const data = loadDataset(readDataFiles(dir), "compiled");
  const compiled = Object.fromEntries(
    RECORD_KINDS.map((kind) => [
      collectionOf(kind),
      [...recordsOf(data, kind)].sort(behaviourOf(kind).compare as never),
    ]),
  );
  mkdirSync(dirname(values.out), { recursive: true });
  // A module that parses one JSON string: V8 reads that faster than an object literal,
  // and its declaration keeps TypeScript from inferring a type for every record.
  const json = JSON.stringify(compiled);
  writeFileSync(values.out, `export default JSON.parse(${JSON.stringify(json)});\n`);
  // The same records as plain JSON, for a bundle that reads them at run time (the terminal
  // app): reading and parsing the file took about 15 ms where a module holding the same
  // string took 20 to 34 ms to compile and run.
  writeFileSync(values.out.replace(/\.js$/, ".json"), json);
  writeFileSync(values.out.replace(/\.js$/, ".d.ts"), "declare const compiled: unknown;\nexport default compiled;\n");
  // The download's table layouts, derived from the schemas here so that exports need no zod.
  const tables = join(dirname(values.out), "tables.js");
  writeFileSync(tables, `export default JSON.parse(${JSON.stringify(JSON.stringify(tableLayouts()))});\n`);
  writeFileSync(tables.replace(/\.js$/, ".d.ts"), "declare const layouts: unknown;\nexport default layouts;\n");
  console.log(`valid: ${COLLECTION_NAMES.map((n) => `${data[n].length} ${n}`).join(", ")}`);
} catch (error) {
  if (!(error instanceof DataValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}
