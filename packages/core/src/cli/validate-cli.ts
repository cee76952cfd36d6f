/**
 * kz-hrc-validate [data-folder]: validates the authored data files on disk (schemas and
 * integrity) and prints the record counts, or every problem found; exit 1 on problems.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { COLLECTION_NAMES } from "../schemas/dataset.js";
import { DataValidationError } from "../data/errors.js";
import { loadDataset } from "../data/load.js";
import { readDataFiles } from "../node.js";

const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "data");
try {
  const data = loadDataset(readDataFiles(dir), "local");
  console.log(`valid: ${COLLECTION_NAMES.map((n) => `${data[n].length} ${n}`).join(", ")}`);
} catch (error) {
  if (!(error instanceof DataValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}
