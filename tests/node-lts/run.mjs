// Runs the unit tests of core, the site and the terminal app, and the terminal end to end,
// on a supported Node LTS line as well as the one the main run used (Node 20 reached its
// end of life in April 2026). The already built packages are tested as they are: what
// changes with Node is how they run, not what the build wrote.
//
// The Node binary, in order: KZ_HRC_LTS_NODE (a path to `node`); this Node when it is
// already 22 or newer (then the main run covered it: nothing more to do); else Node 24
// from the npm registry's `node` package, installed once under node_modules/.cache.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LINE = "24";
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const major = Number(process.versions.node.split(".")[0]);

function ltsNode() {
  if (process.env.KZ_HRC_LTS_NODE) return process.env.KZ_HRC_LTS_NODE;
  const prefix = join(root, "node_modules", ".cache", `node-${LINE}`);
  const node = join(prefix, "bin", "node");
  if (!existsSync(node)) {
    console.log(`node-lts: installing Node ${LINE} from the npm registry into ${prefix}`);
    const npm = spawnSync(
      "npm",
      ["install", "--global", "--prefix", prefix, `node@${LINE}`, "--no-fund", "--no-audit"],
      {
        stdio: "inherit",
      },
    );
    if (npm.status !== 0 || !existsSync(node)) {
      console.error(`node-lts: could not install Node ${LINE} (npm exited ${npm.status}); the tests on it did not run`);
      process.exit(1);
    }
  }
  return node;
}

if (major >= 22 && !process.env.KZ_HRC_LTS_NODE) {
  console.log(`node-lts: already on Node ${process.versions.node}, a supported line: the main run covered it`);
  process.exit(0);
}

const node = ltsNode();
const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
// Every `node` the tests start (vitest, the built CLI, the e2e's terminal) is this one.
const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` };
const runs = [
  ["--filter", "@kz-hrc/core", "exec", "vitest", "run"],
  ["--filter", "@kz-hrc/web", "exec", "vitest", "run"],
  ["--filter", "@kz-hrc/tui", "exec", "vitest", "run"],
  ["--filter", "@kz-hrc/tests", "run", "test:tui"],
];
for (const args of runs) {
  console.log(`\nnode-lts: ${version}: pnpm ${args.join(" ")}`);
  const run = spawnSync("pnpm", args, { cwd: root, env, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`node-lts: failed on Node ${version}: pnpm ${args.join(" ")}`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\nnode-lts: core, site and terminal unit tests and the terminal end to end passed on Node ${version}`);
