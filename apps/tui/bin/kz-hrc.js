#!/usr/bin/env node
// The command itself is built into dist/. This stub exists before the first build, so
// installing the workspace can link the command, and an unbuilt checkout gets a clear
// message instead of a module-not-found trace.
import { existsSync } from "node:fs";
import module from "node:module";

// Node 22.1 and later can keep the compiled bundle between runs (in the system's temporary
// folder, or NODE_COMPILE_CACHE): most of a start is compiling it. Node 20 has no such cache.
module.enableCompileCache?.();

const built = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(built)) {
  console.error("kz-hrc: not built yet; run `pnpm build` at the repository root first.");
  process.exit(1);
}
await import(built.href);
