#!/usr/bin/env node
import packageJson from "../package.json" with { type: "json" };
import { type Command, parseCommandLine, UsageError } from "./lib/args.js";
import type { Io } from "./lib/commands.js";
import { clean } from "./lib/format.js";
import { HELP } from "./lib/help.js";
import type { Loaded } from "./lib/load.js";

const io: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  // Plain text on a terminal fits its width; piped, lines are whole.
  ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
};

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on device",
  EIO: "input/output error",
  EFBIG: "file too large",
  EDQUOT: "disk quota exceeded",
};

/** `kz-hrc … | head` closes the pipe early: stop quietly. A full disk or another write error: one line, exit 1. */
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  const why =
    (error.code && Object.hasOwn(WRITE_ERRORS, error.code) ? WRITE_ERRORS[error.code] : undefined) ??
    clean(error.message);
  process.stderr.write(`kz-hrc: cannot write the output: ${why}${error.code ? ` (${error.code})` : ""}\n`);
  process.exit(1);
});

// chalk (inside Ink) honours FORCE_COLOR but not NO_COLOR: translate before Ink loads.
if (process.env.NO_COLOR && process.env.FORCE_COLOR === undefined) process.env.FORCE_COLOR = "0";

/** Ink's own test (is-in-ci): under it Ink draws nothing until exit, so the browser would be blank. */
const inCi = () =>
  ["CI", "CONTINUOUS_INTEGRATION"].some(
    (name) => Object.hasOwn(process.env, name) && process.env[name] !== "0" && process.env[name] !== "false",
  );

/** The full-screen browser needs a terminal on both ends that can draw it; anything else gets plain output. */
const canBrowse = () => process.stdin.isTTY && process.stdout.isTTY && !inCi() && process.env.TERM !== "dumb";

/**
 * Loads a module while `fetch` is hidden. Ink's layout engine (yoga, WebAssembly) asks
 * `typeof fetch` before it reads its inlined binary, and that question alone makes Node
 * load its whole HTTP client: tens of milliseconds of every start, for nothing.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, "fetch");
  if (fetch?.configurable)
    Object.defineProperty(globalThis, "fetch", { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    if (fetch?.configurable) Object.defineProperty(globalThis, "fetch", fetch);
  }
}

async function load(command: Command & { data?: string }): Promise<Loaded | number> {
  const { loadData } = await import("./lib/load.js");
  try {
    return await loadData(command.data);
  } catch (error) {
    const e = error as Error & { exitCode?: number };
    // Record ids and values in the message come from the files: clean each line.
    if (e?.name === "DataValidationError") io.err(`${e.message.split("\n").map(clean).join("\n")}\n`);
    else if (e?.name === "DataFolderError") {
      io.err(`kz-hrc: ${clean(e.message)}\n`);
      return e.exitCode ?? 1;
    } else io.err(`kz-hrc: ${clean(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

/** `kz-hrc __complete <words…>`: what the shell scripts of `kz-hrc completion` ask for. */
async function complete(words: readonly string[]): Promise<number> {
  // Ids come from the data the command line names (`--data dir` typed before the cursor).
  const at = words.indexOf("--data");
  const data = at >= 0 && at + 1 < words.length - 1 ? words[at + 1] : undefined;
  const [{ completions }, loaded] = await Promise.all([
    import("./lib/complete.js"),
    load({ name: "browse", output: "text", ...(data ? { data } : {}) }),
  ]);
  if (typeof loaded === "number") return loaded;
  const candidates = completions(loaded.api, words);
  if (candidates.length) io.out(`${candidates.join("\n")}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "__complete") return complete(argv.slice(1));
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`kz-hrc: ${clean(error.message)}\nTry kz-hrc --help\n`);
    return 2;
  }
  if (command.name === "version") {
    io.out(`${packageJson.version}\n`);
    return 0;
  }
  if (command.name === "help") {
    const { topic } = command;
    return paged(command, (out) => {
      out.out(`${HELP.get(topic ?? "main")}\n`);
      return 0;
    });
  }
  if (command.name === "completion") {
    const { completionScript } = await import("./lib/complete.js");
    io.out(completionScript(command.shell));
    return 0;
  }
  const browse = command.name === "browse" && command.output === "text" && canBrowse();
  // Keys typed while the data loads wait in the terminal, unechoed, for the browser to read.
  if (browse) process.stdin.setRawMode(true);
  // The browser's code loads beside the data: its layout engine compiles off the main thread.
  const interactive = browse ? withoutFetch(() => import("./interactive.js")) : undefined;
  const loaded = await load(command);
  if (typeof loaded === "number") {
    if (browse) process.stdin.setRawMode(false);
    // The data could not be loaded: the browser's code is not needed, nor any error of it.
    interactive?.catch(() => undefined);
    return loaded;
  }
  if (interactive) {
    const { runInteractive } = await interactive;
    return runInteractive(loaded);
  }
  const { runCommand } = await import("./lib/commands.js");
  return paged(command, (out) => runCommand(command, loaded, out));
}

/**
 * Runs a command whose plain output, on a terminal at both ends and longer than the screen,
 * goes through a pager (as git and gh do). A pipe or a file never loads the pager's code.
 */
async function paged(command: Command, run: (out: Io) => number): Promise<number> {
  // A terminal that does not report its height (0 rows) cannot be measured: write directly.
  const measurable = Boolean(process.stdout.rows && process.stdout.columns);
  const pager = command.noPager || !measurable || !canBrowse() ? undefined : await import("./lib/pager.js");
  const chosen = pager?.pagerCommand(process.env);
  if (!pager || !chosen) return run(io);
  const chunks: string[] = [];
  const code = run({ ...io, out: (text) => void chunks.push(text) });
  const text = chunks.join("");
  const fits = pager.rowsFilled(text, process.stdout.columns) < process.stdout.rows;
  if (fits || !(await pager.page(chosen, text, process.env))) {
    if (!fits)
      io.err(`kz-hrc: the pager ${JSON.stringify(chosen)} could not be started; set PAGER, or use --no-pager\n`);
    io.out(text);
  }
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(`kz-hrc: unexpected error: ${clean(error instanceof Error ? error.message : String(error))}\n`);
    if (process.env.KZ_HRC_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
