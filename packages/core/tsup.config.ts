import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    schemas: "src/schemas/index.ts",
    grammar: "src/query/grammar.ts",
    search: "src/search.ts",
    node: "src/node.ts",
    export: "src/export/index.ts",
    "verify-cli": "src/cli/verify-cli.ts",
    "validate-cli": "src/cli/validate-cli.ts",
    "compile-cli": "src/cli/compile-cli.ts",
    "coverage-cli": "src/cli/coverage-cli.ts",
    "schema-cli": "src/cli/schema-cli.ts",
    "verify-online-cli": "src/cli/verify-online-cli.ts",
    "release-cli": "src/cli/release-cli.ts",
    changelog: "src/changelog.ts",
  },
  format: ["esm"],
  target: "node20",
  dts: {
    entry: {
      index: "src/index.ts",
      schemas: "src/schemas/index.ts",
      grammar: "src/query/grammar.ts",
      search: "src/search.ts",
      node: "src/node.ts",
      export: "src/export/index.ts",
      changelog: "src/changelog.ts",
    },
  },
  // The compile step before this build wrote dist/compile-cli.js and generated/; keep them.
  clean: false,
  splitting: true,
  // Bundled so the CLIs and entries load as few files as possible (start-up time).
  noExternal: ["zod", "minisearch"],
  treeshake: true,
  sourcemap: false,
  esbuildPlugins: [
    {
      // The compiled dataset stays its own module (generated/dataset.js, beside dist/), so a
      // bundler downstream can swap it for the JSON file (see apps/tui/tsup.config.ts).
      name: "dataset-external",
      setup(build) {
        build.onResolve({ filter: /\/generated\/dataset\.js$/ }, () => ({
          path: "../generated/dataset.js",
          external: true,
        }));
      },
    },
  ],
});
