/**
 * kz-hrc-release [--data <folder>] [--check]
 * Records the data on disk as a release of the package's version in
 * provenance/changelog.json (what it added, changed and removed since the latest
 * release, and its snapshot), then prints those changes. With --check it only prints
 * the changes since the latest release and writes nothing. Exit 1 on invalid data or a
 * version that is not after the latest release; 2 on a usage error.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DataValidationError } from "../data/errors.js";
import { loadDataset } from "../data/load.js";
import {
  type ChangelogEntry,
  changelogOf,
  recordRelease,
  type StoredChangelog,
  snapshotOf,
} from "../export/snapshot.js";
import { readDataFiles } from "../node.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const usage = "usage: kz-hrc-release [--data <folder>] [--check]";

function readArgs() {
  try {
    return parseArgs({
      options: { data: { type: "string", default: join(root, "data") }, check: { type: "boolean", default: false } },
    }).values;
  } catch (error) {
    console.error(`kz-hrc-release: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}

function describe(entry: ChangelogEntry): string {
  if (!entry.changes) return `${entry.version}: ${entry.total} records (first release)`;
  const { added, changed, removed } = entry.changes;
  return `${entry.version} since ${entry.since}: ${added.length} added, ${changed.length} changed, ${removed.length} removed (${entry.total} records)`;
}

const values = readArgs();
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const path = join(root, "provenance", "changelog.json");
try {
  const data = loadDataset(readDataFiles(values.data), version);
  const stored = JSON.parse(readFileSync(path, "utf8")) as StoredChangelog;
  const current = snapshotOf(data, new Date().toISOString().slice(0, 10));
  if (values.check) {
    if (!stored.latest) {
      console.log(
        `no release recorded yet: version ${version} would be the first, with ${Object.keys(current.records).length} records`,
      );
      process.exit(0);
    }
    const { unreleased } = changelogOf(stored, current);
    console.log(
      unreleased
        ? describe(unreleased).replace(`${unreleased.version} since`, "unreleased changes since")
        : "no changes since the latest release",
    );
    process.exit(0);
  }
  const next = recordRelease(stored, current);
  // One line per record of the snapshot: a diff of the file then reads as the changes.
  const text = JSON.stringify(next, null, 2).replace(
    /\{\n\s+"kind": ("[^"]*"),\n\s+"digest": ("[^"]*")\n\s+\}/g,
    '{ "kind": $1, "digest": $2 }',
  );
  writeFileSync(path, `${text}\n`);
  const entry = next.releases.at(-1);
  if (entry) console.log(`recorded release ${describe(entry)} in ${path}`);
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  if (error instanceof Error && /is not after the latest release/.test(error.message)) {
    console.error(`kz-hrc-release: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
