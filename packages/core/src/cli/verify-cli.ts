/**
 * kz-hrc-verify <archive-folder>… [--data <data-folder>] [--if-present] [--verbose] [--record]
 * Matches archived texts to sources by SHA-256, checks every quote (and every UPR
 * recommendation's text), prints counts, and exits 1 on any failure (2 on a usage error).
 * With --if-present an absent folder is reported as not checked rather than an error.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DataValidationError } from "../data/errors.js";
import { loadDataset } from "../data/load.js";
import { readArchive, readDataFiles } from "../node.js";
import { QuoteChecks } from "../schemas/quote-checks.js";
import { recordChecks } from "../verify/quote-checks.js";
import { verifyQuotes } from "../verify/verify.js";

const usage = "usage: kz-hrc-verify <archive-folder>… [--data <folder>] [--if-present] [--verbose] [--record]";
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
if (positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}
const present = positionals.filter((dir) => existsSync(dir));
const absent = positionals.filter((dir) => !existsSync(dir));
if (absent.length > 0 && !values["if-present"]) {
  console.error(`kz-hrc-verify: no such folder: ${absent.join(", ")}`);
  process.exit(2);
}

try {
  const data = loadDataset(readDataFiles(values.data), "local");
  const report = verifyQuotes(data, present.flatMap((dir) => readArchive(dir)));
  console.log(
    `provenance: ${report.verified.length} verified, ${report.failed.length} failed, ${report.unchecked.length} unchecked ` +
      `(${report.matchedSources.size} sources matched to archived texts in ${present.join(", ") || "no folder"})`,
  );
  // Say plainly what a missing reference folder leaves unchecked, never skip in silence.
  for (const dir of absent) console.log(`  not checked: ${dir} is absent, so quotes from the texts it holds were not checked`);
  for (const f of report.failed) {
    console.log(`  FAILED ${f.record.kind} "${f.record.id}" › ${f.field}: quote not found in source "${f.citation.sourceId}": ${JSON.stringify(f.citation.quote)}`);
  }
  for (const c of report.cutAtEnd) {
    console.log(`  warning: ${c.record.kind} "${c.record.id}" › ${c.field}: the quote ends where the archived text of "${c.citation.sourceId}" ends, mid-sentence; check that it is not cut short`);
  }
  if (values.record) {
    const checksPath = join(values.data, "..", "provenance", "quote-checks.json");
    const checks = QuoteChecks.parse(JSON.parse(readFileSync(checksPath, "utf8")));
    const today = new Date().toISOString().slice(0, 10);
    writeFileSync(checksPath, `${JSON.stringify(recordChecks(checks, data.sources, report, today), null, 2)}\n`);
    console.log(`recorded the checks of ${report.matchedSources.size} sources in ${checksPath}`);
  }
  for (const name of report.unmatchedFiles) {
    if (values.verbose) console.log(`  unmatched archive file: ${name}`);
  }
  process.exit(report.failed.length > 0 ? 1 : 0);
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
