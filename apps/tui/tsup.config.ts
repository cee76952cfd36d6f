import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const stub = fileURLToPath(new URL("src/devtools-stub.ts", import.meta.url));

export default defineConfig({
  entry: { cli: "src/cli.tsx" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  minify: true,
  // One file: bundling Ink, React and the dataset takes start-up from ~0.5 s to ~0.2 s.
  splitting: false,
  noExternal: [/.*/],
  esbuildOptions(options) {
    // Core's split chunks import each other bare, only to keep evaluation order; with
    // core's `sideEffects: false` esbuild rightly drops them, and need not say so.
    options.logOverride = { "ignored-bare-import": "silent" };
    // Ink imports react-devtools-core (not installed) and ws only when DEV=true: stubs
    // keep the bundle free of an import that cannot resolve, and 50 KB smaller.
    options.alias = {
      "react-devtools-core": stub,
      ws: stub,
      // A per-code-point width instead of string-width's emoji regex (see the file).
      "string-width": fileURLToPath(new URL("src/lib/string-width.ts", import.meta.url)),
    };
  },
  esbuildPlugins: [
    {
      // zod bundles error messages in 60 languages (about 300 KB, a third of the file that
      // Node compiles at every start); core's messages are its own, so keep English only.
      name: "zod-english-only",
      setup(build) {
        build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
          args.importer.includes(`${sep}zod${sep}`)
            ? { path: "zod-locales", namespace: "zod-locales", pluginData: join(dirname(args.importer), "..", "locales") }
            : undefined,
        );
        build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
          contents: 'export { default as en } from "./en.js";',
          resolveDir: args.pluginData as string,
          loader: "js",
        }));
      },
    },
  ],
  // Bundled CommonJS dependencies call require(); give ESM one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Production React: no dev checks, faster start.
  env: { NODE_ENV: "production" },
});
