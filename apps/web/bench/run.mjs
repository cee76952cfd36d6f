#!/usr/bin/env node
/**
 * Benchmarks of the built site, printed as tables:
 *   1. bytes per page type (HTML, CSS, JS, data; raw and gzip) from the files in out/;
 *   2. the server of `pnpm start` under load, beside a reference static server (server.mjs);
 *   3. Lighthouse (mobile profile) scores and bytes transferred, in Debian's Chromium;
 *   4. build time from synthetic datasets of two sizes, in ms per page.
 * BENCH_SKIP=server,lighthouse,build skips parts; BENCH_SIZES=100,400 sets the synthetic sizes.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { serverBench } from "./server.mjs";
import { syntheticDataset } from "./synthetic.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "out");
const skip = new Set((process.env.BENCH_SKIP ?? "").split(",").filter(Boolean));
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(join(out, "index.html"))) {
  console.error("No built site: run `pnpm --filter @kz-hrc/web build` first.");
  process.exit(1);
}

/** The pages measured: home, timeline, the first event of the sitemap, search. */
function samplePages() {
  const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const event = paths.find((p) => p.startsWith("/events/") && p !== "/events/");
  return [
    { name: "home", path: "/" },
    { name: "timeline", path: "/timeline/" },
    ...(event ? [{ name: "event page", path: event }] : []),
    { name: "search", path: "/search/", extra: ["/search-index.json"] },
  ];
}

const fileOf = (path) => join(out, path.endsWith("/") ? `${path}index.html` : path);

/** Raw and gzip bytes of a page and everything it loads, by type, from the files. */
function pageBytes(path, extra = []) {
  const html = readFileSync(fileOf(path));
  const text = html.toString("utf8");
  const sizes = { html: [html.length, gzipSync(html).length], css: [0, 0], js: [0, 0], data: [0, 0] };
  const add = (type, file) => {
    const bytes = readFileSync(fileOf(file));
    sizes[type][0] += bytes.length;
    sizes[type][1] += gzipSync(bytes).length;
  };
  for (const [, href] of text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) add("css", href);
  // Modern browsers skip the noModule polyfill script, so it is not counted.
  for (const [tag, src] of text.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g))
    if (!/nomodule/i.test(tag)) add("js", src);
  for (const file of extra) add("data", file);
  return sizes;
}

function printBytes(pages) {
  console.log(
    "\n## Bytes per page type (files in out/, gzip computed here; `pnpm start` sends the build's brotli copies where accepted)\n",
  );
  console.log("| page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | data raw / gzip | total gzip |");
  console.log("|---|---|---|---|---|---|");
  for (const page of pages) {
    const s = pageBytes(page.path, page.extra);
    const total = s.html[1] + s.css[1] + s.js[1] + s.data[1];
    const cell = ([raw, gz]) => `${kb(raw)} / ${kb(gz)}`;
    console.log(
      `| ${page.name} (${page.path}) | ${cell(s.html)} | ${cell(s.css)} | ${cell(s.js)} | ${cell(s.data)} | ${kb(total)} |`,
    );
  }
  let largest = { path: "", total: 0 };
  for (const dir of [
    "events",
    "statements",
    "sources",
    "people",
    "organizations",
    "topics",
    "upr",
    "membership",
    "reforms",
    "discrepancies",
    "unknowns",
  ]) {
    if (!existsSync(join(out, dir))) continue;
    for (const id of readdirSync(join(out, dir), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const path = `/${dir}/${id.name}/`;
      const s = pageBytes(path);
      const total = s.html[1] + s.css[1] + s.js[1];
      if (total > largest.total) largest = { path, total };
    }
  }
  console.log(
    `\nLargest record page: ${largest.path}, ${kb(largest.total)} gzip in all (budget 150 KB: ${largest.total < 150 * 1024 ? "within" : "OVER"}).`,
  );
}

async function waitFor(url, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

async function runLighthouse(pages) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const server = spawn(process.execPath, [join(root, "scripts", "start.mjs")], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: "ignore",
  });
  try {
    await waitFor(`${BASE}/`);
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      chromeFlags: ["--headless=new", "--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
    });
    try {
      console.log("\n## Lighthouse (mobile profile, simulated throttling), Chromium", CHROME, "\n");
      console.log(
        "| page | performance | accessibility | best practices | SEO | transferred (HTML / CSS / JS / other) | LCP | TBT |",
      );
      console.log("|---|---|---|---|---|---|---|---|");
      for (const page of pages) {
        const result = await lighthouse(`${BASE}${page.path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${page.path}`);
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const requests = lhr.audits["network-requests"]?.details?.items ?? [];
        const by = { Document: 0, Stylesheet: 0, Script: 0, other: 0 };
        for (const r of requests) by[r.resourceType in by ? r.resourceType : "other"] += r.transferSize ?? 0;
        const total = Object.values(by).reduce((a, b) => a + b, 0);
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id);
        console.log(
          `| ${page.name} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${kb(total)} (${kb(by.Document)} / ${kb(by.Stylesheet)} / ${kb(by.Script)} / ${kb(by.other)}) | ${lhr.audits["largest-contentful-paint"]?.displayValue ?? "?"} | ${lhr.audits["total-blocking-time"]?.displayValue ?? "?"} |`,
        );
        if (failing.length) console.log(`|   failing audits: ${failing.join(", ")} |`);
      }
    } finally {
      await chrome.kill();
    }
  } finally {
    server.kill("SIGTERM");
  }
}

function timedBuild(dataset, distDir) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: root,
      env: { ...process.env, KZ_HRC_DATASET: dataset, KZ_HRC_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) =>
      code === 0
        ? resolve(Number(process.hrtime.bigint() - started) / 1e6)
        : reject(new Error(`next build failed:\n${stderr}`)),
    );
  });
}

function countHtml(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, d) => {
    if (d.isDirectory()) return d.name === "_next" || d.name === "cache" ? n : n + countHtml(join(dir, d.name));
    return n + (d.name.endsWith(".html") ? 1 : 0);
  }, 0);
}

async function buildTimes() {
  const sizes = (process.env.BENCH_SIZES ?? "100,400").split(",").map(Number);
  const work = join(root, "bench-results");
  mkdirSync(work, { recursive: true });
  console.log("\n## Build time from synthetic datasets (`next build`, static export)\n");
  console.log("| events + statements | records | pages | build | per page |");
  console.log("|---|---|---|---|---|");
  const runs = [];
  for (const size of sizes) {
    const data = syntheticDataset(size);
    const file = join(work, `synthetic-${size}.json`);
    writeFileSync(file, JSON.stringify(data));
    const distDir = `bench-results/build-${size}`;
    rmSync(join(root, distDir), { recursive: true, force: true });
    const ms = await timedBuild(file, distDir);
    const pages = countHtml(join(root, distDir));
    const records = Object.values(data).reduce((n, list) => n + list.length, 0);
    console.log(
      `| ${size} + ${size} | ${records} | ${pages} | ${(ms / 1000).toFixed(1)} s | ${(ms / pages).toFixed(1)} ms |`,
    );
    runs.push({ ms, pages });
    rmSync(join(root, distDir), { recursive: true, force: true });
  }
  const [small, large] = runs;
  if (small && large && large.pages > small.pages) {
    console.log(
      `\nMarginal cost: ${((large.ms - small.ms) / (large.pages - small.pages)).toFixed(1)} ms per extra page (the rest is the fixed cost of compiling and type-checking).`,
    );
  }
}

const pages = samplePages();
printBytes(pages);
if (!skip.has("server")) await serverBench();
if (!skip.has("lighthouse")) await runLighthouse(pages);
if (!skip.has("build")) await buildTimes();
