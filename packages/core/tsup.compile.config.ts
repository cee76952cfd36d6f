import { defineConfig } from "tsup";

// The first build step: the data compiler, which the main build's entry then bundles the output of.
export default defineConfig({
  entry: { "compile-cli": "src/cli/compile-cli.ts" },
  format: ["esm"],
  target: "node20",
  clean: true,
  noExternal: ["zod", "minisearch"],
});
