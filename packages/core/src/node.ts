/**
 * Node-only helpers (file system access), kept out of the main entry so that the
 * site's browser bundles never pull in `node:fs`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodeDataFile } from "./data/decode.js";
import type { ArchivedText } from "./verify/verify.js";

export { type DataIssue, DataValidationError, formatIssue, UnreadableFile } from "./data/errors.js";
export { loadDataset } from "./data/load.js";
export {
  addressesOf,
  exitCodeOf,
  FETCH_PROBLEM_LABELS,
  type FetchAttempt,
  type FetchProblem,
  ONLINE_STATUS_LABELS,
  ONLINE_STATUSES,
  type OnlineOptions,
  type OnlineReport,
  type OnlineSourceResult,
  type OnlineState,
  type OnlineStatus,
  stateOf,
  verifyOnline,
} from "./verify/online.js";
export { type ArchivedText, type VerificationReport, verifyQuotes } from "./verify/verify.js";

/** Why a data or archive folder could not be read, in words ("no such folder", "not a folder"…). */
export function folderErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such folder";
  if (code === "ENOTDIR") return "not a folder";
  if (code === "EACCES") return "permission denied";
  return String(code ?? error);
}

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

/** The authored data files of a folder: every `*.json` but the editors' `*.schema.json`, sorted. */
export function dataFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json") && statSync(join(dir, n)).isFile())
    .sort();
}

/**
 * Reads the authored data files of a folder as `{ "data/<name>.json": content }`. A file
 * that is not UTF-8 or not JSON is handed on as an UnreadableFile, which loadDataset
 * reports with its line and column among every other problem. Throws the file system's
 * error for a folder that cannot be read.
 */
export function readDataFiles(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of dataFileNames(dir)) {
    const key = `data/${name}`;
    files[key] = decodeDataFile(key, readFileSync(join(dir, name)));
  }
  return files;
}
