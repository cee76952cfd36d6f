/**
 * kz-hrc-verify-online [--data <folder>] [--only <source-id>]… [--json] [--state <file>]
 *   [--host-interval <seconds>] [--timeout <seconds>] [--max-bytes <n>] [--concurrency 1|2]
 *
 * Fetches every source's page (its own address, else the copy read, else an archived
 * snapshot), extracts the text and checks every quote citing it. Prints one line per
 * source that is not verified and a summary, or with --json the whole report.
 * With --state, the page digests of the previous run are read from the file (to tell
 * "changed" pages) and this run's are written back.
 *
 * Exit codes, for scheduled jobs: 0 nothing missing or gone; 1 a quote was not found on
 * a page that was read; 3 a source is gone (404, 410 or an error page); 4 no source
 * could be checked at all (no network?); 2 usage error or invalid data.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { DataValidationError } from "../data/errors.js";
import { loadDataset } from "../data/load.js";
import { readDataFiles } from "../node.js";
import { DEFAULT_SITE_URL } from "../text/cite.js";
import {
  exitCodeOf,
  FETCH_PROBLEM_LABELS,
  type OnlineSourceResult,
  type OnlineState,
  stateOf,
  verifyOnline,
} from "../verify/online.js";

const usage =
  "usage: kz-hrc-verify-online [--data <folder>] [--only <source-id>]… [--json] [--state <file>] [--host-interval <s>] [--timeout <s>] [--max-bytes <n>] [--concurrency 1|2]";
const defaultDataDir = join(dirname(fileURLToPath(import.meta.url)), "..", "data");

function fail(message: string): never {
  console.error(`kz-hrc-verify-online: ${message}\n${usage}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        data: { type: "string", default: defaultDataDir },
        only: { type: "string", multiple: true },
        json: { type: "boolean", default: false },
        state: { type: "string" },
        "host-interval": { type: "string", default: "5" },
        timeout: { type: "string", default: "30" },
        "max-bytes": { type: "string", default: String(20 * 1024 * 1024) },
        concurrency: { type: "string", default: "2" },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function number(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) fail(`--${name} must be a number from ${min} to ${max}`);
  return value;
}

const values = readArgs();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const siteUrl = (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, "");
const userAgent = `kz-hrc-verify-online/${packageJson.version} (+${siteUrl}/about/; re-checks the record's quotes against their sources)`;
const options = {
  userAgent,
  hostIntervalMs: number("host-interval", values["host-interval"], 0, 3600) * 1000,
  timeoutMs: number("timeout", values.timeout, 0.1, 600) * 1000,
  maxBytes: number("max-bytes", values["max-bytes"], 1024, 200 * 1024 * 1024),
  concurrency: number("concurrency", values.concurrency, 1, 2),
};

let previous: OnlineState | undefined;
if (values.state && existsSync(values.state)) {
  try {
    previous = JSON.parse(readFileSync(values.state, "utf8")) as OnlineState;
    if (!previous || typeof previous.sources !== "object") throw new Error("no sources");
  } catch (error) {
    fail(`cannot read --state ${values.state}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

let data: ReturnType<typeof loadDataset>;
try {
  data = loadDataset(readDataFiles(values.data), packageJson.version);
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const unknown = (values.only ?? []).flatMap((v) => v.split(",")).filter((id) => !data.sources.some((s) => s.id === id));
if (unknown.length > 0) fail(`no source with the id ${unknown.join(", ")}`);

/** One line for a source that was not verified. */
function line(r: OnlineSourceResult): string {
  const why = r.problem ? `${FETCH_PROBLEM_LABELS[r.problem]}${r.httpStatus ? ` (HTTP ${r.httpStatus})` : ""}` : "";
  const missing =
    r.quotes.missing.length > 0 && r.status === "quote-missing"
      ? `; ${r.quotes.missing.length} of ${r.quotes.total} quotes not found`
      : "";
  const tried = r.attempts
    .map((a) => `${a.role} ${a.url}: ${a.outcome}${a.httpStatus ? ` ${a.httpStatus}` : ""}`)
    .join("; ");
  return `  ${r.status.toUpperCase()} ${r.sourceId}${why ? `: ${why}` : ""}${missing}${tried ? ` [${tried}]` : ""}`;
}

const only = values.only?.flatMap((v) => v.split(","));
const report = await verifyOnline(data, {
  ...options,
  ...(only ? { only } : {}),
  ...(previous ? { previous } : {}),
  onResult: values.json ? undefined : (r) => (r.status === "verified" ? undefined : console.log(line(r))),
});
if (values.state) writeFileSync(values.state, `${JSON.stringify(stateOf(report, previous), null, 2)}\n`);
if (values.json) console.log(JSON.stringify(report, null, 2));
else {
  const c = report.counts;
  console.log(
    `online: ${report.results.length} sources: ${c.verified} verified, ${c.changed} changed (quotes still present), ${c["quote-missing"]} with a quote missing, ${c.gone} gone, ${c["not-checkable"]} not checkable`,
  );
}
process.exit(exitCodeOf(report));
