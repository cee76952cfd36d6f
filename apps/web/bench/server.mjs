#!/usr/bin/env node
/**
 * Load figures of `pnpm start` (scripts/start.mjs) beside a reference static server
 * (bench/reference-server.mjs: node:http and sirv with its default options) on the same
 * out/, in one run, printed as tables; nothing is asserted. All traffic goes to 127.0.0.1
 * and every loop is bounded in count and time (about two minutes in all):
 *   1. resident memory of each server before, at the peak of, and after three rounds of
 *      1,000 connections;
 *   2. requests per second and p99 latency at 50 and 200 connections, for an event page
 *      and /search-index.json, without and with `Accept-Encoding: br, gzip` (autocannon);
 *   3. 20,000 downloads of the largest file, each dropped after its first chunk, with
 *      each server limited to 1,024 open files (`ulimit -n`).
 * Run by `pnpm bench` (bench/run.mjs), or alone: `node bench/server.mjs`.
 * BENCH_SERVER_SECONDS sets the length of each load run (default 2).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "out");
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 2);
const FD_LIMIT = 1024;
const ABORTED = 20_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mb = (kb) => (kb === undefined ? "n/a" : `${(kb / 1024).toFixed(0)} MB`);

const SERVERS = [
  { name: "reference (sirv defaults)", script: join(root, "bench", "reference-server.mjs") },
  { name: "pnpm start", script: join(root, "scripts", "start.mjs") },
];

/** Starts a server on a port, optionally under a limit of open files; resolves once it answers. */
async function startServer(server, port, fdLimit) {
  const command = fdLimit
    ? ["bash", ["-c", `ulimit -n ${fdLimit} && exec "$0" "$1"`, process.execPath, server.script]]
    : [process.execPath, [server.script]];
  const child = spawn(command[0], command[1], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    if ((await get(port, "/").catch(() => 0)) === 200) return { child, port, exited, stderr: () => stderr };
    await sleep(100);
  }
  child.kill();
  throw new Error(`${server.name} did not answer on port ${port}: ${stderr}`);
}

async function stopServer(running) {
  if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill("SIGTERM");
  await Promise.race([running.exited, sleep(5000)]);
}

function get(port, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.setTimeout(5000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

/** VmRSS of a process in KB (Linux), or undefined. */
function rss(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  } catch {
    return undefined;
  }
}

function openFiles(pid) {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return undefined;
  }
}

function load(port, path, connections, headers, seconds = SECONDS) {
  return autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration: seconds, headers, timeout: 10 });
}

function eventPage() {
  const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return paths.find((p) => p.startsWith("/events/") && p !== "/events/") ?? "/";
}

async function throughput(running) {
  const targets = [eventPage(), "/search-index.json"];
  const encodings = [
    { label: "none", headers: {} },
    { label: "br, gzip", headers: { "accept-encoding": "br, gzip" } },
  ];
  console.log(
    `\n## Throughput (autocannon from this process; per cell, two runs of ${SECONDS} s per server taken in turns: mean req/s, higher p99)\n`,
  );
  console.log(
    "| path | Accept-Encoding | connections | reference req/s | reference p99 | pnpm start req/s | pnpm start p99 | ratio |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of running) await load(r.port, targets[0], 50, {}, 1); // warm up
  for (const path of targets) {
    for (const { label, headers } of encodings) {
      for (const connections of [50, 200]) {
        // Turns (reference, ours, ours, reference): the machine is shared, and neither
        // server should always run in its quieter or busier moments.
        const runs = [[], []];
        for (const i of [0, 1, 1, 0]) runs[i].push(await load(running[i].port, path, connections, headers));
        const [ref, ours] = runs.map((pair) => ({
          rps: pair.reduce((sum, r) => sum + r.requests.average, 0) / pair.length,
          p99: Math.max(...pair.map((r) => r.latency.p99)),
          failed: pair.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
        }));
        const cell = (r) => `${Math.round(r.rps)}${r.failed ? ` (${r.failed} failed)` : ""} | ${r.p99} ms`;
        console.log(
          `| ${path} | ${label} | ${connections} | ${cell(ref)} | ${cell(ours)} | ${(ours.rps / ref.rps).toFixed(2)}× |`,
        );
      }
    }
  }
}

async function memory(running) {
  const path = eventPage();
  console.log("\n## Memory at 1,000 connections (resident set size of the server process; three rounds)\n");
  console.log("| server | round | before | peak during | 2 s after | requests served |");
  console.log("|---|---|---|---|---|---|");
  for (const [i, r] of running.entries()) {
    for (let round = 1; round <= 3; round++) {
      const before = rss(r.child.pid);
      let peak = before ?? 0;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rss(r.child.pid) ?? 0);
      }, 100);
      const result = await load(r.port, path, 1000, { "accept-encoding": "br, gzip" }, 3);
      clearInterval(sampler);
      await sleep(2000);
      console.log(
        `| ${SERVERS[i].name} | ${round} | ${mb(before)} | ${mb(peak || undefined)} | ${mb(rss(r.child.pid))} | ${result.requests.total} |`,
      );
    }
  }
}

/** One download dropped after its first chunk; resolves with what happened. */
function abortedDownload(port, path) {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      res.once("data", () => {
        req.destroy();
        resolve("aborted");
      });
      res.once("end", () => resolve("complete"));
    });
    req.setTimeout(5000, () => req.destroy(new Error("timeout")));
    req.on("error", (error) => resolve(error.code === "ECONNREFUSED" ? "refused" : "error"));
    req.end();
  });
}

async function abortedDownloads(server, port) {
  const largest = readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => !/\.(br|gz)$/.test(f) && statSync(join(out, f)).isFile())
    .sort((a, b) => statSync(join(out, b)).size - statSync(join(out, a)).size)[0];
  const path = `/${largest}`;
  const running = await startServer(server, port, FD_LIMIT);
  const baseline = openFiles(running.child.pid);
  const counts = { aborted: 0, complete: 0, refused: 0, error: 0 };
  const started = Date.now();
  let next = 0;
  let refusedInARow = 0;
  const worker = async () => {
    // Stops early once the server is gone: every later request would be refused.
    while (next < ABORTED && refusedInARow < 200 && Date.now() - started < 60_000) {
      next += 1;
      const outcome = await abortedDownload(port, path);
      counts[outcome] += 1;
      refusedInARow = outcome === "refused" ? refusedInARow + 1 : 0;
    }
  };
  await Promise.all(Array.from({ length: 100 }, worker));
  const seconds = (Date.now() - started) / 1000;
  await sleep(1000);
  const alive =
    running.child.exitCode === null &&
    running.child.signalCode === null &&
    (await get(port, "/").catch(() => 0)) === 200;
  const after = openFiles(running.child.pid);
  const crash = /Error[^\n]*|EMFILE[^\n]*/.exec(running.stderr())?.[0];
  await stopServer(running);
  return { path, ...counts, tried: next, seconds, alive, baseline, after, crash };
}

export async function serverBench({ basePort = 3300 } = {}) {
  if (!existsSync(join(out, "_headers"))) {
    console.error("No built site: run `pnpm --filter @kz-hrc/web build` first.");
    process.exit(1);
  }
  const running = [];
  try {
    for (const [i, server] of SERVERS.entries()) running.push(await startServer(server, basePort + i));
    await memory(running);
    await throughput(running);
  } finally {
    for (const r of running) await stopServer(r);
  }
  console.log(
    `\n## ${ABORTED.toLocaleString("en")} downloads dropped after the first chunk, server limited to ${FD_LIMIT} open files (100 at a time)\n`,
  );
  console.log(
    "| server | file | dropped | refused | other errors | time | still answering | open files before → after |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const [i, server] of SERVERS.entries()) {
    const r = await abortedDownloads(server, basePort + 10 + i);
    const alive = r.alive ? "yes" : `no${r.crash ? `: ${r.crash.slice(0, 80)}` : ""}`;
    console.log(
      `| ${server.name} | ${r.path} | ${r.aborted + r.complete} of ${r.tried} | ${r.refused} | ${r.error} | ${r.seconds.toFixed(1)} s | ${alive} | ${r.baseline ?? "n/a"} → ${r.after ?? "n/a"} |`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serverBench();
