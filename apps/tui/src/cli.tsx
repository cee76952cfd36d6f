#!/usr/bin/env node
import packageJson from "../package.json" with { type: "json" };
import { parseCommandLine, UsageError, type Command } from "./lib/args.js";
import type { Io } from "./lib/commands.js";
import { clean } from "./lib/format.js";
import { HELP } from "./lib/help.js";
import type { Loaded } from "./lib/load.js";

const io: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** `kz-hrc … | head` closes the pipe early: stop quietly. */
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

// chalk (inside Ink) honours FORCE_COLOR but not NO_COLOR: translate before Ink loads.
if (process.env.NO_COLOR && process.env.FORCE_COLOR === undefined) process.env.FORCE_COLOR = "0";

const inCi = () => {
  const ci = process.env.CI ?? process.env.CONTINUOUS_INTEGRATION;
  return ci !== undefined && ci !== "" && ci !== "0" && ci !== "false";
};

async function load(command: Command & { data?: string }): Promise<Loaded | number> {
  const { loadData } = await import("./lib/load.js");
  try {
    return await loadData(command.data);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    // Record ids and values in the message come from the files: clean each line.
    if (e?.name === "DataValidationError") io.err(`${e.message.split("\n").map(clean).join("\n")}\n`);
    else if (e?.code === "ENOENT" || e?.code === "ENOTDIR") {
      io.err(`kz-hrc: cannot read the data folder ${clean(JSON.stringify(command.data ?? ""))}\n`);
      return 2;
    } else io.err(`kz-hrc: ${clean(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`kz-hrc: ${error.message}\nTry kz-hrc --help\n`);
    return 2;
  }
  if (command.name === "version") {
    io.out(`${packageJson.version}\n`);
    return 0;
  }
  if (command.name === "help") {
    io.out(`${HELP[command.topic ?? "main"]}\n`);
    return 0;
  }
  const loaded = await load(command);
  if (typeof loaded === "number") return loaded;
  const interactive = process.stdin.isTTY && process.stdout.isTTY && !inCi();
  if (command.name === "browse" && interactive && !command.json) {
    const { runInteractive } = await import("./interactive.js");
    return runInteractive(loaded);
  }
  const { runCommand } = await import("./lib/commands.js");
  return runCommand(command, loaded, io);
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
