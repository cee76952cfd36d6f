/**
 * kz-hrc-validate [data-folder]: validates the authored data files of a folder (every
 * *.json in it: encoding, JSON syntax, schemas, then integrity) and prints the record
 * counts, or every problem found, one a line; exit 1 on any problem, including a folder
 * that cannot be read or holds no data files; exit 2 on a usage error.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DataValidationError } from "../data/errors.js";
import { loadDataset } from "../data/load.js";
import { dataFileNames, folderErrorReason, readDataFiles } from "../node.js";
import { COLLECTION_NAMES } from "../schemas/dataset.js";

const usage = "usage: kz-hrc-validate [data-folder]";
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(
    `${usage}\nValidates every *.json data file of the folder (default: the package's data/) and lists every problem.`,
  );
  process.exit(0);
}
if (args.length > 1 || args.some((a) => a.startsWith("-"))) {
  console.error(usage);
  process.exit(2);
}
const dir = args[0] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "data");

function fail(message: string): never {
  console.error(`kz-hrc-validate: ${message}`);
  process.exit(1);
}

let names: string[];
try {
  names = dataFileNames(dir);
} catch (error) {
  fail(`${resolve(dir)}: cannot read the data folder (${folderErrorReason(error)})`);
}
if (names.length === 0) fail(`${resolve(dir)}: no data files (*.json) in this folder`);
try {
  const data = loadDataset(readDataFiles(dir), "local");
  console.log(`valid: ${names.length} files; ${COLLECTION_NAMES.map((n) => `${data[n].length} ${n}`).join(", ")}`);
} catch (error) {
  if (!(error instanceof DataValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}
