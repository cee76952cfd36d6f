/**
 * Node-only helpers (file system access), kept out of the main entry so that the
 * site's browser bundles never pull in `node:fs`.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ArchivedText } from "./verify/verify.js";

export { loadDataset } from "./data/load.js";
export { DataValidationError, formatIssue, type DataIssue } from "./data/errors.js";
export { verifyQuotes, type ArchivedText, type VerificationReport } from "./verify/verify.js";

/** SHA-256 of a file's bytes, as lowercase hex. */
export function sha256OfFile(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Reads every regular file of a folder (not recursive) as archived text with its digest. */
export function readArchive(dir: string): ArchivedText[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { name, sha256: createHash("sha256").update(bytes).digest("hex"), text: bytes.toString("utf8") };
    });
}

/** Reads the authored data files of a folder as `{ "data/<name>.json": content }`. */
export function readDataFiles(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json")).sort()) {
    const path = join(dir, name);
    try {
      files[`data/${name}`] = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      files[`data/${name}`] = { $invalidJson: error instanceof Error ? error.message : String(error) };
    }
  }
  return files;
}
