/**
 * kz-hrc-verify <archive-folder> [--data <data-folder>] [--if-present] [--verbose]
 * Matches archived texts to sources by SHA-256, checks every quote, prints counts,
 * and exits 1 on any failure (2 on a usage error).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadDataset } from "../data/load.js";
import { DataValidationError } from "../data/errors.js";
import { readArchive, readDataFiles } from "../node.js";
import { QuoteChecks } from "../schemas/quote-checks.js";
import { recordChecks } from "../verify/quote-checks.js";
import { verifyQuotes } from "../verify/verify.js";

const usage = "usage: kz-hrc-verify <archive-folder> [--data <folder>] [--if-present] [--verbose] [--record]";
const defaultDataDir = join(dirname(fileURLToPath(import.meta.url)), "..", "data");

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        data: { type: "string", default: defaultDataDir },
        "if-present": { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        record: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    console.error(`kz-hrc-verify: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}

const { values, positionals } = readArgs();
const archiveDir = positionals[0];
const dataDir = values.data;
if (!archiveDir || positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}
if (!existsSync(archiveDir)) {
  if (values["if-present"]) {
    console.log(`provenance: ${archiveDir} not found, nothing to verify`);
    process.exit(0);
  }
  console.error(`kz-hrc-verify: no such folder: ${archiveDir}`);
  process.exit(2);
}

try {
  const data = loadDataset(readDataFiles(dataDir), "local");
  const report = verifyQuotes(data, readArchive(archiveDir));
  console.log(
    `provenance: ${report.verified.length} verified, ${report.failed.length} failed, ${report.unchecked.length} unchecked ` +
      `(${report.matchedSources.size} sources matched to archived texts in ${archiveDir})`,
  );
  for (const f of report.failed) {
    console.log(`  FAILED ${f.record.kind} "${f.record.id}" › ${f.field}: quote not found in source "${f.citation.sourceId}": ${JSON.stringify(f.citation.quote)}`);
  }
  for (const c of report.cutAtEnd) {
    console.log(`  warning: ${c.record.kind} "${c.record.id}" › ${c.field}: the quote ends where the archived text of "${c.citation.sourceId}" ends, mid-sentence; check that it is not cut short`);
  }
  if (values.record) {
    const checksPath = join(dataDir, "..", "provenance", "quote-checks.json");
    const checks = QuoteChecks.parse(JSON.parse(readFileSync(checksPath, "utf8")));
    const today = new Date().toISOString().slice(0, 10);
    writeFileSync(checksPath, `${JSON.stringify(recordChecks(checks, data.sources, report, today), null, 2)}\n`);
    console.log(`recorded the checks of ${report.matchedSources.size} sources in ${checksPath}`);
  }
  if (values.verbose) {
    for (const name of report.unmatchedFiles) console.log(`  unmatched archive file: ${name}`);
  }
  process.exit(report.failed.length > 0 ? 1 : 0);
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
