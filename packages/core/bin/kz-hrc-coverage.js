#!/usr/bin/env node
// The command itself is built into dist/. This stub exists before the first build, so
// installing the workspace can link the command, and an unbuilt checkout gets a clear
// message instead of a module-not-found trace.
import { existsSync } from "node:fs";

const built = new URL("../dist/coverage-cli.js", import.meta.url);
if (!existsSync(built)) {
  console.error("kz-hrc-coverage: not built yet; run `pnpm build` at the repository root first.");
  process.exit(1);
}
await import(built.href);
