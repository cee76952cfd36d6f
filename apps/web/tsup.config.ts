import { defineConfig } from "tsup";

/** Enhancers: framework-free browser scripts for server-rendered pages (see src/lib/enhancers.ts). */
export default defineConfig({
  entry: {
    timeline: "src/enhance/timeline.ts",
    search: "src/enhance/search.ts",
    "list-filter": "src/enhance/list-filter.ts",
  },
  outDir: "public/enhance",
  format: ["iife"],
  platform: "browser",
  target: "es2020",
  minify: true,
  clean: true,
  dts: false,
  sourcemap: false,
  outExtension: () => ({ js: ".js" }),
  esbuildOptions(options) {
    // Core's split chunks import each other bare, only to keep evaluation order; with
    // core's `sideEffects: false` esbuild rightly drops them, and need not say so.
    options.logOverride = { "ignored-bare-import": "silent" };
  },
});
