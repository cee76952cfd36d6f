#!/usr/bin/env node
/** After `next build`: per-page CSP hashes into serve.json (for `serve`) and out/_headers. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { headersFile, pageCsp, serveConfig } from "./csp.mjs";
import { stripScripts } from "./static-pages.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "out");

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_next" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const pages = htmlFiles(out)
  .map((path) => {
    const html = stripScripts(readFileSync(path, "utf8"));
    writeFileSync(path, html);
    return { file: relative(out, path).split("\\").join("/"), csp: pageCsp(html) };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

writeFileSync(join(root, "serve.json"), `${JSON.stringify(serveConfig(pages), null, 2)}\n`);
writeFileSync(join(out, "_headers"), headersFile(pages));
console.log(`postbuild: ${pages.length} pages stripped of React's runtime (enhancer scripts kept); CSP for every page written to serve.json and out/_headers`);
