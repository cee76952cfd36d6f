#!/usr/bin/env node
/**
 * After `next build`: strips React's runtime from every page, removes what Next's export
 * leaves that no page loads (prune.mjs) and fails if any remains, writes out/_headers
 * (headers.mjs: the CSP of each group of pages, caching, CORS), then compresses the text
 * files (compress.mjs).
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compressFiles } from "./compress.mjs";
import { COMMON_HEADERS } from "./csp.mjs";
import {
  contentType,
  formatHeadersFile,
  headerRules,
  isCompressedTwin,
  ruleProblems,
  siteEntries,
} from "./headers.mjs";
import { exportProblems, listFiles, pruneExport } from "./prune.mjs";
import { stripScripts } from "./static-pages.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "out");
const fail = (what, problems) => {
  console.error(
    `postbuild: ${what}:\n  ${problems.slice(0, 20).join("\n  ")}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ""}`,
  );
  process.exit(1);
};

const pages = listFiles(out).filter((file) => file.endsWith(".html") && !file.startsWith("_next/"));
for (const file of pages) writeFileSync(join(out, file), stripScripts(readFileSync(join(out, file), "utf8")));

const removed = pruneExport(out);
const left = exportProblems(out);
if (left.length > 0) fail("the export still holds files no page loads", left);

// Compressed copies exist only when postbuild runs again on the same export.
const listed = new Set(listFiles(out));
const files = [...listed].filter((file) => file !== "_headers" && !isCompressedTwin(file, listed));
const untyped = files.filter((file) => !contentType(file));
if (untyped.length > 0)
  fail("no Content-Type for these files (add their extension to CONTENT_TYPES in headers.mjs)", untyped);

// Hosts that read _headers serve HTTPS; the local server leaves this one out.
const common = { ...COMMON_HEADERS, "Strict-Transport-Security": "max-age=31536000" };
const entries = siteEntries(out, files);
const rules = headerRules(entries, common);
const wrong = ruleProblems(rules, entries, common);
if (wrong.length > 0) fail("the _headers rules do not give every file its headers", wrong);
writeFileSync(
  join(out, "_headers"),
  formatHeadersFile(rules, [
    "Written by scripts/postbuild.mjs; pnpm start serves out/ with these same rules.",
    "Each header that differs between files comes from exactly one rule per file.",
  ]),
);
// serve.json of earlier builds: nothing reads it any more.
rmSync(join(root, "serve.json"), { force: true });

const packed = await compressFiles(out, files);
const groups = new Set(
  entries
    .filter((e) => e.path.endsWith("/") || e.path.endsWith(".html"))
    .map((e) => e.headers["Content-Security-Policy"]),
);
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `postbuild: ${pages.length} pages stripped of React's runtime; removed ${removed.payloads} RSC payloads and ${removed.chunks} unreferenced files under _next/ (${mb(removed.bytes)}); ` +
    `${rules.length} header rules in out/_headers (${groups.size} page policies); ${packed.files} text files compressed (${mb(packed.raw)} → brotli ${mb(packed.br)}, gzip ${mb(packed.gzip)})`,
);
