import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

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
  // Ink imports react-devtools-core (not installed) only when DEV=true; a stub keeps the
  // bundle free of an import that cannot resolve.
  esbuildOptions(options) {
    options.alias = { "react-devtools-core": fileURLToPath(new URL("src/devtools-stub.ts", import.meta.url)) };
  },
  // Bundled CommonJS dependencies call require(); give ESM one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Production React: no dev checks, faster start.
  env: { NODE_ENV: "production" },
});
