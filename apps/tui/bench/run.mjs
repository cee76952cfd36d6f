// Start-up benchmarks of the built kz-hrc, each as a ratio to a bare `node -e 0`
// measured in the same run and the same wrapper. Prints medians of RUNS runs.
//   pnpm --filter @kz-hrc/tui bench        (RUNS=20 for more runs)
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";

// The installed command: the bin stub, then the bundle it imports.
const CLI = fileURLToPath(new URL("../bin/kz-hrc.js", import.meta.url));
const RUNS = Number(process.env.RUNS ?? 10);
const SIZE = "stty cols 100 rows 30";
const env = { ...process.env };
delete env.CI; // Ink draws nothing under CI=true
delete env.CONTINUOUS_INTEGRATION;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (n) => `${n.toFixed(1)} ms`;

/** Runs a command in a pseudo-terminal (script(1)) until it exits, or until `until` text is on screen. */
function inPty(command, until) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn("script", ["-qfec", `${SIZE}; ${command}`, "/dev/null"], {
      env,
      stdio: ["pipe", "pipe", "inherit"],
      detached: true,
    });
    let seen = "";
    let elapsed;
    const timer = setTimeout(() => {
      process.kill(-child.pid, "SIGKILL");
      reject(new Error(`timed out; screen so far:\n${stripVTControlCharacters(seen)}`));
    }, 15_000);
    child.stdout.on("data", (chunk) => {
      if (elapsed !== undefined || !until) return;
      seen += chunk.toString("utf8");
      if (stripVTControlCharacters(seen).includes(until)) {
        elapsed = Number(process.hrtime.bigint() - started) / 1e6;
        child.stdin.write("q");
      }
    });
    child.on("exit", () => {
      clearTimeout(timer);
      resolve(elapsed ?? Number(process.hrtime.bigint() - started) / 1e6);
    });
  });
}

/** Wall time of a command with its output piped away. */
function piped(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Peak resident memory (KB) of a command, from GNU time. */
function peakKb(command, interactive) {
  const out = join(tmp, "time.txt");
  const timed = `/usr/bin/time -f %M -o ${out} ${command}`;
  if (interactive) return inPty(timed, "? help").then(() => Number(readFileSync(out, "utf8").trim()));
  spawnSync("sh", ["-c", `${timed} > /dev/null`], { env, stdio: "inherit" });
  return Number(readFileSync(out, "utf8").trim());
}

const tmp = mkdtempSync(join(tmpdir(), "kz-hrc-bench-"));
try {
  // A synthetic dataset of 5,000 events, to show that a long list costs no more to draw.
  const big = join(tmp, "big");
  spawnSync("mkdir", ["-p", big]);
  const events = Array.from({ length: 5000 }, (_, i) => ({
    id: `event-${i}`,
    title: `Synthetic event ${i}`,
    kind: "other",
    date: `${2006 + (i % 18)}-${String((i % 12) + 1).padStart(2, "0")}`,
    summary: "Synthetic.",
    citations: [{ sourceId: "s", quote: "q" }],
  }));
  writeFileSync(
    join(big, "big.json"),
    JSON.stringify({
      events,
      sources: [{ id: "s", title: "S", publisherId: "o", language: "en", kind: "news", perspective: "academic" }],
      organizations: [{ id: "o", name: "O", kind: "other" }],
    }),
  );

  const node = process.execPath;
  const samples = {
    bareNode: [],
    bareNodePty: [],
    firstFrame: [],
    firstFrameBig: [],
    timelineJson: [],
    timelineJsonBig: [],
  };
  // Warm the file cache once, then interleave the runs so that drift hits all alike.
  await inPty(`${node} ${CLI}`, "? help");
  piped([CLI, "timeline", "--json"]);
  for (let i = 0; i < RUNS; i++) {
    samples.bareNode.push(piped(["-e", "0"]));
    samples.timelineJson.push(piped([CLI, "timeline", "--json"]));
    samples.timelineJsonBig.push(piped([CLI, "--data", big, "timeline", "--json"]));
    samples.bareNodePty.push(await inPty(`${node} -e 0`));
    samples.firstFrame.push(await inPty(`${node} ${CLI}`, "? help"));
    samples.firstFrameBig.push(await inPty(`${node} ${CLI} --data ${big}`, "? help"));
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const rows = [
    ["bare node -e 0 (piped)", m.bareNode, 1],
    ["kz-hrc timeline --json", m.timelineJson, m.timelineJson / m.bareNode],
    ["kz-hrc timeline --json, 5,000 events", m.timelineJsonBig, m.timelineJsonBig / m.bareNode],
    ["bare node -e 0 (in a pty)", m.bareNodePty, 1],
    ["first interactive frame", m.firstFrame, m.firstFrame / m.bareNodePty],
    ["first interactive frame, 5,000 events", m.firstFrameBig, m.firstFrameBig / m.bareNodePty],
  ];
  console.log(`kz-hrc start-up, median of ${RUNS} runs (node ${process.version}):`);
  for (const [label, value, ratio] of rows)
    console.log(`  ${label.padEnd(40)} ${ms(value).padStart(10)}   ${ratio.toFixed(2)}× bare node`);
  const ok = (ratio, aim) => (ratio <= aim ? `ok (aim ≤ ${aim}×)` : `OVER the aim of ${aim}×`);
  console.log(
    `  first frame: ${ok(m.firstFrame / m.bareNodePty, 2.5)}; timeline --json: ${ok(m.timelineJson / m.bareNode, 2)}`,
  );
  console.log("Peak memory (max RSS):");
  console.log(`  node -e 0                                ${(peakKb(`${node} -e 0`, false) / 1024).toFixed(1)} MB`);
  console.log(
    `  kz-hrc timeline --json                   ${(peakKb(`${node} ${CLI} timeline --json`, false) / 1024).toFixed(1)} MB`,
  );
  console.log(
    `  kz-hrc interactive, first frame          ${((await peakKb(`${node} ${CLI}`, true)) / 1024).toFixed(1)} MB`,
  );
  console.log(
    `  kz-hrc interactive, 5,000 events         ${((await peakKb(`${node} ${CLI} --data ${big}`, true)) / 1024).toFixed(1)} MB`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
