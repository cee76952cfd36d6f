import { MAX_QUERY_LENGTH } from "@kz-hrc/core/grammar";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { clean, quoteArg, truncate } from "./format.js";
import { closest } from "./suggest.js";
import { flagsToQuery, type TimelineFlags } from "./timeline-query.js";

export const COMMANDS = ["timeline", "show", "search", "list", "export"] as const;
export type CommandName = (typeof COMMANDS)[number];

/** What the command line asks for. */
export type Command =
  | { name: "browse"; json: boolean; data?: string }
  | { name: "timeline"; query: string; json: boolean; data?: string }
  | { name: "show"; id: string; json: boolean; data?: string }
  | { name: "search"; query: string; limit: number; json: boolean; data?: string }
  | { name: "list"; kind: string; json: boolean; data?: string }
  | { name: "export"; format: "json" | "csv"; collection?: string; data?: string }
  | { name: "help"; topic?: CommandName }
  | { name: "version" };

/** A usage error: one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

const GLOBAL: Options = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  json: { type: "boolean" },
  data: { type: "string" },
};

const OPTIONS: Record<CommandName | "browse", Options> = {
  browse: {},
  timeline: {
    from: { type: "string" },
    to: { type: "string" },
    kind: { type: "string", multiple: true },
    topic: { type: "string", multiple: true },
    person: { type: "string", multiple: true },
    org: { type: "string", multiple: true },
    perspective: { type: "string", multiple: true },
    source: { type: "string", multiple: true },
    member: { type: "string" },
    order: { type: "string" },
  },
  show: {},
  search: { limit: { type: "string" } },
  list: {},
  export: { format: { type: "string" }, kind: { type: "string" } },
};

const TAKES_VALUE = new Set(
  Object.values({ ...OPTIONS, global: GLOBAL }).flatMap((o) => Object.entries(o).filter(([, v]) => v.type === "string").map(([k]) => `--${k}`)),
);

/** Finds the subcommand: the first argument that is neither an option nor an option's value. */
function splitCommand(argv: readonly string[]): { command?: string; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") return { rest: [...argv] };
    if (arg.startsWith("-")) {
      if (TAKES_VALUE.has(arg)) i++;
      continue;
    }
    return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { rest: [...argv] };
}

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/** Rejects a query longer than the grammar reads, rather than silently cutting it. */
const checked = (query: string): string => {
  const length = [...query].length;
  if (length > MAX_QUERY_LENGTH) throw new UsageError(`query too long (${length} characters; at most ${MAX_QUERY_LENGTH})`);
  return query;
};

const one = (positionals: string[], what: string, command: string): string => {
  if (positionals.length === 0) throw new UsageError(`${command} needs ${what} (see kz-hrc ${command} --help)`);
  if (positionals.length > 1) throw new UsageError(`${command} takes one ${what}, got ${positionals.length}`);
  return positionals[0] ?? "";
};

/** Parses argv (without node and the script); throws a UsageError with a one-line reason. */
export function parseCommandLine(argv: readonly string[]): Command {
  // `pnpm tui -- --help` forwards the `--` itself. A leading `--` can only precede the
  // command name, which never starts with "-", so dropping it changes no meaning.
  const { command, rest } = splitCommand(argv[0] === "--" ? argv.slice(1) : argv);
  if (command !== undefined && !isCommand(command)) {
    const near = closest(command, COMMANDS, 1)[0];
    throw new UsageError(`unknown command ${quoteArg(command)}${near ? ` (did you mean ${near}?)` : ""}; commands: ${COMMANDS.join(", ")}`);
  }
  const name = command ?? "browse";
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL, ...OPTIONS[name] }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs quotes the offending argument: clean it so that nothing reaches the terminal raw.
    throw new UsageError(truncate(clean(message.split("\n")[0] ?? message), 300));
  }
  const { values, positionals } = parsed;
  const flag = (key: string) => values[key] as string | undefined;
  const flags = (key: string) => values[key] as string[] | undefined;
  if (values.version) return { name: "version" };
  if (values.help) return { name: "help", ...(command ? { topic: command as CommandName } : {}) };
  const data = flag("data");
  const base = { json: values.json === true, ...(data !== undefined ? { data } : {}) };
  switch (name) {
    case "browse":
      if (positionals.length) throw new UsageError(`unexpected argument ${quoteArg(positionals[0] ?? "")}`);
      return { name, ...base };
    case "timeline": {
      const timelineFlags: TimelineFlags = {
        from: flag("from"),
        to: flag("to"),
        kind: flags("kind"),
        topic: flags("topic"),
        person: flags("person"),
        org: flags("org"),
        perspective: flags("perspective"),
        source: flags("source"),
        member: flag("member"),
        order: flag("order"),
      };
      const query = [flagsToQuery(timelineFlags), ...positionals].filter(Boolean).join(" ");
      return { name, query: checked(query), ...base };
    }
    case "show":
      return { name, id: one(positionals, "a record id", name), ...base };
    case "search": {
      const raw = flag("limit") ?? "20";
      const limit = Number(raw);
      if (!/^\d+$/.test(raw) || limit < 1 || limit > 10_000) throw new UsageError(`--limit takes a whole number from 1 to 10000, got ${quoteArg(raw)}`);
      if (!positionals.length) throw new UsageError("search needs a query (see kz-hrc search --help)");
      return { name, query: checked(positionals.join(" ")), limit, ...base };
    }
    case "list":
      return { name, kind: one(positionals, "a kind", name), ...base };
    case "export": {
      const format = flag("format") ?? (values.json ? "json" : undefined) ?? "json";
      if (format !== "json" && format !== "csv") throw new UsageError(`--format takes json or csv, got ${quoteArg(format)}`);
      if (positionals.length) throw new UsageError(`unexpected argument ${quoteArg(positionals[0] ?? "")}`);
      const collection = flag("kind");
      return { name, format, ...(collection !== undefined ? { collection } : {}), ...(data !== undefined ? { data } : {}) };
    }
  }
}
