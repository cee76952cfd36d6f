import { copyFile, readFile } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const stub = fileURLToPath(new URL("src/devtools-stub.ts", import.meta.url));
const graphemes = fileURLToPath(new URL("src/lib/graphemes.ts", import.meta.url));
const datasetJson = fileURLToPath(import.meta.resolve("@kz-hrc/core/package.json")).replace(
  /package\.json$/,
  "generated/dataset.json",
);

export default defineConfig({
  entry: { cli: "src/cli.tsx" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  minify: true,
  // Bundled (Ink, React and the dataset: start-up from ~0.5 s to ~0.2 s), in a few chunks
  // loaded on demand: scripting never compiles Ink, React or yoga, nor anything zod
  // unless --data asks for validation.
  splitting: true,
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
      // Core's compiled dataset is a module that parses one 1.3 MB string; compiling that
      // string costs more than the parse. Read the same JSON from a file beside the bundle.
      name: "dataset-from-file",
      setup(build) {
        build.onLoad({ filter: /[\\/]core[\\/]generated[\\/]dataset\.js$/ }, () => ({
          contents:
            'import { readFileSync } from "node:fs";\n' +
            'export default JSON.parse(readFileSync(new URL("./dataset.json", import.meta.url), "utf8"));\n',
          loader: "js",
        }));
      },
    },
    {
      // Ink tokenizes every character it draws with a grapheme Intl.Segmenter, whose ICU
      // break iterator costs tens of milliseconds on the first frame; a segmenter that reads
      // plain text directly and hands anything that may join to ICU (src/lib/graphemes.ts).
      name: "plain-graphemes",
      setup(build) {
        build.onLoad({ filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/ }, async (args) => {
          const source = await readFile(args.path, "utf8");
          const segmenter = 'new Intl.Segmenter(undefined, { granularity: "grapheme" })';
          if (!source.includes(segmenter)) throw new Error(`plain-graphemes: no grapheme segmenter in ${args.path}`);
          const replacement = `import { GraphemeSegmenter as __GraphemeSegmenter } from ${JSON.stringify(graphemes)};\n`;
          return { contents: replacement + source.replace(segmenter, "new __GraphemeSegmenter()"), loader: "js" };
        });
      },
    },
    {
      // Ink writes every frame through ansi-tokenize's diffAnsiCodes, once per character, and
      // it builds three Sets each time; neighbouring characters nearly always share one style,
      // and then there is nothing to emit. Same answer; in a profile of the first frame it was
      // about 10 ms of Ink's drawing.
      name: "ansi-diff-fast-path",
      setup(build) {
        build.onLoad({ filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]diff\.js$/ }, async (args) => {
          const source = await readFile(args.path, "utf8");
          const head = "export function diffAnsiCodes(from, to) {";
          if (!source.includes(head)) throw new Error(`ansi-diff-fast-path: no diffAnsiCodes in ${args.path}`);
          const same =
            "if (from.length === to.length && from.every((code, i) => code.code === to[i].code && code.endCode === to[i].endCode)) return [];";
          return { contents: source.replace(head, `${head}\n${same}`), loader: "js" };
        });
      },
    },
    {
      // zod bundles error messages in 60 languages (about 300 KB, a third of the file that
      // Node compiles at every start); core's messages are its own, so keep English only.
      name: "zod-english-only",
      setup(build) {
        build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
          args.importer.includes(`${sep}zod${sep}`)
            ? {
                path: "zod-locales",
                namespace: "zod-locales",
                pluginData: join(dirname(args.importer), "..", "locales"),
              }
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
  // Bundled CommonJS dependencies call require(); give ESM one, made on first call: every
  // chunk carries this line, and createRequire costs a millisecond or more each time.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; function require(id) { return (require.cjs ??= __createRequire(import.meta.url))(id); }",
  },
  onSuccess: () => copyFile(datasetJson, "dist/dataset.json"),
  // Production React: no dev checks, faster start.
  env: { NODE_ENV: "production" },
});
