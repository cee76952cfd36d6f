/**
 * kz-hrc-verify <archive-folder>… [--data <data-folder>] [--expect-absent <file>]
 *   [--references <file>] [--if-present] [--verbose] [--record]
 * Matches archived texts to sources by SHA-256, checks every quote (and every UPR
 * recommendation's text), prints counts, and exits 1 on any failure (2 on a usage error).
 *
 * What the run expects to match: for the reference folders named in
 * provenance/reference-texts.json, the sources listed there (every other source's text
 * is kept out of the repository); for any other folder, every source with an archived-text
 * digest, except those `--expect-absent <file>` lists (one id a line). An expected source
 * that no file matches (a missing file, a mistyped digest) fails the run, and every quote
 * it leaves unchecked is named. With --if-present an absent folder is reported as not
 * checked rather than an error.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DataValidationError } from "../data/errors.js";
import { loadDataset } from "../data/load.js";
import { dataFileNames, readArchive, readDataFiles } from "../node.js";
import { QuoteChecks } from "../schemas/quote-checks.js";
import { checkExpectations, type GivenFolder, parseSourceList, ReferenceTexts } from "../verify/expectations.js";
import { recordChecks } from "../verify/quote-checks.js";
import { verifyQuotes } from "../verify/verify.js";

const usage =
  "usage: kz-hrc-verify <archive-folder>… [--data <folder>] [--expect-absent <file>] [--references <file>] [--if-present] [--verbose] [--record]";
const defaultDataDir = join(dirname(fileURLToPath(import.meta.url)), "..", "data");

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        data: { type: "string", default: defaultDataDir },
        "expect-absent": { type: "string" },
        references: { type: "string" },
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

function readOrExit(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    console.error(
      `kz-hrc-verify: cannot read ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
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
  if (dataFileNames(values.data).length === 0) {
    console.error(`kz-hrc-verify: ${resolve(values.data)}: no data files (*.json) in this folder`);
    process.exit(2);
  }
} catch {
  console.error(`kz-hrc-verify: cannot read the data folder ${resolve(values.data)}`);
  process.exit(2);
}
const referencesPath = values.references ?? join(values.data, "..", "provenance", "reference-texts.json");
const referencesParsed = ReferenceTexts.safeParse(
  existsSync(referencesPath) || values.references
    ? JSON.parse(readOrExit(referencesPath, "the reference texts record"))
    : { folders: {} },
);
if (!referencesParsed.success) {
  console.error(
    `kz-hrc-verify: ${referencesPath}: ${referencesParsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
  );
  process.exit(2);
}
const expectAbsent =
  values["expect-absent"] === undefined
    ? undefined
    : parseSourceList(readOrExit(values["expect-absent"], "the list of absent sources"));

try {
  const data = loadDataset(readDataFiles(values.data), "local");
  const folders: GivenFolder[] = present.map((dir) => ({
    path: dir,
    name: basename(resolve(dir)),
    files: readArchive(dir),
  }));
  const report = verifyQuotes(
    data,
    folders.flatMap((f) => f.files),
  );
  const expectations = checkExpectations({
    sources: data.sources,
    report,
    folders,
    references: referencesParsed.data,
    expectAbsent,
  });
  console.log(
    `provenance: ${report.verified.length} verified, ${report.failed.length} failed, ${report.unchecked.length} unchecked ` +
      `(${report.matchedSources.size} sources matched to archived texts in ${present.join(", ") || "no folder"})`,
  );
  const notExpected = new Set(expectations.notExpected);
  const withoutDigest = new Set(expectations.withoutDigest);
  const count = (ids: ReadonlySet<string>) => report.unchecked.filter((u) => ids.has(u.citation.sourceId)).length;
  const missedIds = new Set(expectations.missed.map((m) => m.sourceId));
  console.log(
    `  unchecked quotes: ${count(missedIds)} of ${missedIds.size} sources these folders should hold; ${count(notExpected)} of ${notExpected.size} sources whose texts are kept ` +
      `elsewhere (machine checks recorded in provenance/quote-checks.json); ${count(withoutDigest)} of ${withoutDigest.size} sources without an archived-text digest`,
  );
  // Say plainly what a missing reference folder leaves unchecked, never skip in silence.
  for (const dir of absent)
    console.log(`  not checked: ${dir} is absent, so quotes from the texts it holds were not checked`);
  for (const f of report.failed) {
    console.log(
      `  FAILED ${f.record.kind} "${f.record.id}" › ${f.field}: quote not found in source "${f.citation.sourceId}": ${JSON.stringify(f.citation.quote)}`,
    );
  }
  for (const m of expectations.missed) {
    console.log(
      `  UNCHECKED source "${m.sourceId}": ${m.reason}; ${m.unchecked.length} quote${m.unchecked.length === 1 ? "" : "s"} left unchecked:`,
    );
    for (const u of m.unchecked) console.log(`    ${u.record.kind} "${u.record.id}" › ${u.field}`);
  }
  for (const problem of expectations.problems) console.log(`  PROBLEM ${problem}`);
  for (const c of report.cutAtEnd) {
    console.log(
      `  warning: ${c.record.kind} "${c.record.id}" › ${c.field}: the quote ends where the archived text of "${c.citation.sourceId}" ends, mid-sentence; check that it is not cut short`,
    );
  }
  if (values.record) {
    const checksPath = join(values.data, "..", "provenance", "quote-checks.json");
    const checks = QuoteChecks.parse(JSON.parse(readFileSync(checksPath, "utf8")));
    const today = new Date().toISOString().slice(0, 10);
    writeFileSync(checksPath, `${JSON.stringify(recordChecks(checks, data.sources, report, today), null, 2)}\n`);
    console.log(`recorded the checks of ${report.matchedSources.size} sources in ${checksPath}`);
  }
  if (values.verbose) {
    for (const name of report.unmatchedFiles) console.log(`  unmatched archive file: ${name}`);
    for (const id of notExpected) console.log(`  not expected here: ${id}`);
  }
  const failed = report.failed.length > 0 || expectations.missed.length > 0 || expectations.problems.length > 0;
  process.exit(failed ? 1 : 0);
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
