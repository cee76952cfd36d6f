// The commands themselves are built into dist/. These stubs exist before the first build,
// so installing the workspace can link the commands, and an unbuilt checkout gets a
// clear message instead of a module-not-found trace.
import { existsSync } from "node:fs";

/** Runs dist/<file> as the command <name>, or says to build first. */
export async function runBuilt(name, file) {
  const built = new URL(`../dist/${file}`, import.meta.url);
  if (!existsSync(built)) {
    console.error(`${name}: not built yet; run \`pnpm build\` at the repository root first.`);
    process.exit(1);
  }
  await import(built.href);
}
