import { MAX_QUERY_LENGTH } from "@kz-hrc/core/grammar";
import {
  CITATION_FORMATS,
  type CitationFormat,
  KINDS,
  kindNamed,
  RECORD_KINDS,
  type RecordKind,
} from "@kz-hrc/core/search";
import { quoteArg } from "./format.js";
import { closest } from "./suggest.js";

export const COMMANDS = [
  "timeline",
  "show",
  "search",
  "list",
  "recommendations",
  "votes",
  "cite",
  "export",
  "completion",
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The shells `kz-hrc completion` writes a script for. */
export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** How results are written: text for people, one JSON document, or one JSON value a line. */
export type Output = "text" | "json" | "jsonl";

/** Flag values by flag name (without dashes), in the order given; a Map, so no input reaches a plain-object lookup. */
export type FlagValues = ReadonlyMap<string, readonly string[]>;

interface Common {
  output: Output;
  data?: string;
}

/** What the command line asks for (`noPager`: plain output on a terminal is never paged). */
export type Command = CommandOf & { noPager?: true };
type CommandOf =
  | ({ name: "browse" } & Common)
  | ({ name: "timeline"; flags: FlagValues; query: string } & Common)
  | ({ name: "show"; id: string } & Common)
  | { name: "cite"; id: string; format: CitationFormat; quote?: number }
  | ({ name: "search"; query: string; limit: number } & Common)
  | ({ name: "list"; kind: RecordKind } & Common)
  | ({ name: "recommendations"; flags: FlagValues; query: string } & Common)
  | ({ name: "votes"; flags: FlagValues; query: string } & Common)
  | { name: "export"; format: "json" | "csv"; kind?: RecordKind; data?: string }
  | { name: "completion"; shell: Shell }
  | { name: "help"; topic?: CommandName }
  | { name: "version" };

/** A usage error: one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

interface FlagSpec {
  /** The value's placeholder in messages; none for a switch. */
  value?: string;
  /** May be given more than once (any of the values). */
  many?: boolean;
  short?: string;
}

export const GLOBAL_FLAGS: ReadonlyMap<string, FlagSpec> = new Map([
  ["help", { short: "h" }],
  ["version", { short: "v" }],
  ["json", {}],
  ["jsonl", {}],
  ["data", { value: "dir" }],
  ["no-pager", {}],
]);

const DATES: [string, FlagSpec][] = [
  ["from", { value: "date" }],
  ["to", { value: "date" }],
];

/** Each command's own flags. */
export const COMMAND_FLAGS: ReadonlyMap<CommandName | "browse", ReadonlyMap<string, FlagSpec>> = new Map([
  ["browse", new Map()],
  [
    "timeline",
    new Map<string, FlagSpec>([
      ...DATES,
      ["type", { value: "event-type", many: true }],
      ["kind", { value: "record-kind", many: true }],
      ["topic", { value: "topic", many: true }],
      ["person", { value: "person", many: true }],
      ["org", { value: "organization", many: true }],
      ["perspective", { value: "perspective", many: true }],
      ["source", { value: "source", many: true }],
      ["member", { value: "yes|no" }],
      ["order", { value: "oldest|newest" }],
    ]),
  ],
  ["show", new Map()],
  ["completion", new Map()],
  [
    "cite",
    new Map<string, FlagSpec>([
      ["format", { value: "text|bibtex|csl" }],
      ["quote", { value: "n" }],
    ]),
  ],
  ["search", new Map([["limit", { value: "n" }]])],
  ["list", new Map()],
  [
    "recommendations",
    new Map<string, FlagSpec>([
      ["cycle", { value: "n", many: true }],
      ["response", { value: "response", many: true }],
      ["state", { value: "state", many: true }],
      ["topic", { value: "topic", many: true }],
    ]),
  ],
  [
    "votes",
    new Map<string, FlagSpec>([
      ["term", { value: "term", many: true }],
      ["vote", { value: "vote", many: true }],
      ["topic", { value: "topic", many: true }],
      ...DATES,
    ]),
  ],
  [
    "export",
    new Map([
      ["format", { value: "json|csv" }],
      ["kind", { value: "record-kind" }],
    ]),
  ],
]);

/** The collections' names, as `list` and `export --kind` print them (core/search has the kinds, not this list). */
const COLLECTION_NAMES = RECORD_KINDS.map((kind) => KINDS[kind].collection);

const isCitationFormat = (format: string): format is CitationFormat =>
  (CITATION_FORMATS as readonly string[]).includes(format);
export const isCommand = (name: string): name is CommandName => (COMMANDS as readonly string[]).includes(name);

const specOf = (command: CommandName | "browse", name: string): FlagSpec | undefined =>
  COMMAND_FLAGS.get(command)?.get(name) ?? GLOBAL_FLAGS.get(name);

/** Every flag a command takes, for suggestions. */
const flagNames = (command: CommandName | "browse") => [
  ...(COMMAND_FLAGS.get(command)?.keys() ?? []),
  ...GLOBAL_FLAGS.keys(),
];

/** Finds the command: the first argument that is neither a flag nor a flag's value. */
function splitCommand(argv: readonly string[]): { command?: string; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") return { rest: [...argv] };
    if (arg.startsWith("-") && arg !== "-") {
      const name = arg.replace(/^--?/, "");
      // A flag that takes a value, in any command, skips its value here.
      if (!name.includes("=") && [...COMMAND_FLAGS.values(), GLOBAL_FLAGS].some((flags) => flags.get(name)?.value)) i++;
      continue;
    }
    return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { rest: [...argv] };
}

/** The flag a short option means (`-h` → help). */
const longOf = (short: string) => [...GLOBAL_FLAGS].find(([, spec]) => spec.short === short)?.[0];

function unknownFlag(command: CommandName | "browse", arg: string, name: string): UsageError {
  const where = command === "browse" ? "kz-hrc" : `kz-hrc ${command}`;
  // Flags whose meaning changed: say so instead of guessing.
  if (name === "type" && command === "export")
    return new UsageError(`${where} has no --type: the record kind is --kind (did you mean --kind?)`);
  const near = closest(name, flagNames(command), 1)[0];
  return new UsageError(
    `unknown option ${quoteArg(arg)} for ${where}${near ? ` (did you mean --${near}?)` : ""}; see ${where} --help`,
  );
}

/** Reads argv after the command: flags into a Map, the rest as positionals. */
function readFlags(
  command: CommandName | "browse",
  args: readonly string[],
): { values: Map<string, string[]>; positionals: string[] } {
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const body = arg.slice(long ? 2 : 1);
    const eq = long ? body.indexOf("=") : -1;
    const name = long ? (eq >= 0 ? body.slice(0, eq) : body) : (longOf(body) ?? "");
    const spec = name ? specOf(command, name) : undefined;
    if (!spec) throw unknownFlag(command, long && eq >= 0 ? `--${name}` : arg, name || body);
    let value = "";
    if (spec.value) {
      if (eq >= 0) value = body.slice(eq + 1);
      else if (i + 1 < args.length) value = args[++i] ?? "";
      else throw new UsageError(`--${name} needs a value (--${name} <${spec.value}>)`);
    } else if (eq >= 0) throw new UsageError(`--${name} takes no value, got ${quoteArg(body.slice(eq + 1))}`);
    const list = values.get(name) ?? [];
    if (list.length && !spec.many) throw new UsageError(`--${name} given more than once; give it once`);
    values.set(name, [...list, value]);
  }
  return { values, positionals };
}

/** Rejects a query longer than the grammar reads, rather than silently cutting it. */
const checked = (query: string): string => {
  const length = [...query].length;
  if (length > MAX_QUERY_LENGTH)
    throw new UsageError(`query too long (${length} characters; at most ${MAX_QUERY_LENGTH})`);
  return query;
};

/** The record kind a word names (`people`, `upr`, `membershipTerms`…), or a usage error naming what asked. */
export function kindArgument(word: string, what: string): RecordKind {
  // Core's names, and their kebab-case spellings (`membership-terms`, `upr-reviews`).
  const kind = kindNamed(word) ?? kindNamed(word.replaceAll("-", " "));
  if (kind) return kind;
  const suggestion = closest(word, [...COLLECTION_NAMES, ...RECORD_KINDS], 1)[0];
  throw new UsageError(
    `${what}: unknown kind ${quoteArg(word)}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; kinds: ${COLLECTION_NAMES.join(", ")}`,
  );
}

/** Parses argv (without node and the script); throws a UsageError with a one-line reason. */
export function parseCommandLine(argv: readonly string[]): Command {
  const { command, noPager } = parse(argv);
  return noPager ? { ...command, noPager } : command;
}

function parse(argv: readonly string[]): { command: CommandOf; noPager: boolean } {
  // `pnpm tui -- --help` forwards the `--` itself. A leading `--` can only precede the
  // command name, which never starts with "-", so dropping it changes no meaning.
  const { command, rest } = splitCommand(argv[0] === "--" ? argv.slice(1) : argv);
  if (command !== undefined && !isCommand(command)) {
    const near = closest(command, COMMANDS, 1)[0];
    throw new UsageError(
      `unknown command ${quoteArg(command)}${near ? ` (did you mean ${near}?)` : ""}; commands: ${COMMANDS.join(", ")}`,
    );
  }
  const name = command ?? "browse";
  const { values, positionals } = readFlags(name, rest);
  const noPager = values.has("no-pager");
  const done = (result: CommandOf) => ({ command: result, noPager });
  if (values.has("version")) return done({ name: "version" });
  if (values.has("help")) return done({ name: "help", ...(command ? { topic: command } : {}) });
  const data = values.get("data")?.[0];
  if (data !== undefined && data.trim() === "") throw new UsageError("--data needs a folder, got an empty value");
  if (values.has("json") && values.has("jsonl")) throw new UsageError("--json and --jsonl: give one of them");
  const output: Output = values.has("jsonl") ? "jsonl" : values.has("json") ? "json" : "text";
  const common: Common = { output, ...(data !== undefined ? { data } : {}) };
  // Only the command's own flags: the global ones are in `common`.
  const own = new Map([...values].filter(([key]) => !GLOBAL_FLAGS.has(key)));
  const none = (what: string) => {
    if (positionals.length) throw new UsageError(`${what} takes no arguments, got ${quoteArg(positionals[0] ?? "")}`);
  };
  switch (name) {
    case "browse":
      none("kz-hrc");
      return done({ name, ...common });
    case "timeline":
    case "recommendations":
    case "votes":
      return done({ name, flags: own, query: checked(positionals.join(" ")), ...common });
    case "show": {
      if (positionals.length === 0) throw new UsageError("show needs a record id (see kz-hrc show --help)");
      if (positionals.length > 1) throw new UsageError(`show takes one record id, got ${positionals.length}`);
      const id = positionals[0] ?? "";
      if (id.trim() === "") throw new UsageError("show: the record id is empty");
      return done({ name, id, ...common });
    }
    case "cite": {
      if (positionals.length === 0) throw new UsageError("cite needs a record id (see kz-hrc cite --help)");
      if (positionals.length > 1) throw new UsageError(`cite takes one record id, got ${positionals.length}`);
      const id = positionals[0] ?? "";
      if (id.trim() === "") throw new UsageError("cite: the record id is empty");
      if (output !== "text")
        throw new UsageError("cite writes a citation: use --format csl for JSON, not --json or --jsonl");
      const format = own.get("format")?.[0] ?? "text";
      if (!isCitationFormat(format)) {
        const near = closest(format, CITATION_FORMATS, 1)[0];
        throw new UsageError(
          `--format takes ${CITATION_FORMATS.join(", ")}, got ${quoteArg(format)}${near ? ` (did you mean ${near}?)` : ""}`,
        );
      }
      const rawQuote = own.get("quote")?.[0];
      if (rawQuote !== undefined && !/^[1-9]\d{0,3}$/.test(rawQuote)) {
        throw new UsageError(
          `--quote takes the number of a quote as show lists them (1, 2, …), got ${quoteArg(rawQuote)}`,
        );
      }
      return done({ name, id, format, ...(rawQuote ? { quote: Number(rawQuote) } : {}) });
    }
    case "search": {
      const raw = own.get("limit")?.[0] ?? "20";
      const limit = Number(raw);
      if (!/^\d+$/.test(raw) || limit < 1 || limit > 10_000)
        throw new UsageError(`--limit takes a whole number from 1 to 10000, got ${quoteArg(raw)}`);
      const query = positionals.join(" ");
      if (!query.trim()) throw new UsageError("search needs a query (see kz-hrc search --help)");
      return done({ name, query: checked(query), limit, ...common });
    }
    case "list": {
      if (positionals.length === 0) throw new UsageError(`list needs a kind: ${COLLECTION_NAMES.join(", ")}`);
      if (positionals.length > 1) throw new UsageError(`list takes one kind, got ${positionals.length}`);
      return done({ name, kind: kindArgument(positionals[0] ?? "", "list"), ...common });
    }
    case "completion": {
      const shell = positionals[0] ?? "";
      if (positionals.length !== 1 || !(SHELLS as readonly string[]).includes(shell)) {
        const near = closest(shell, SHELLS, 1)[0];
        throw new UsageError(
          `completion takes one shell: ${SHELLS.join(", ")}${shell && near ? ` (got ${quoteArg(shell)}; did you mean ${near}?)` : ""}`,
        );
      }
      return done({ name, shell: shell as Shell });
    }
    case "export": {
      none("export");
      if (output === "jsonl")
        throw new UsageError("export writes one JSON document or CSV: use --format json or csv, not --jsonl");
      const format = own.get("format")?.[0] ?? "json";
      if (format !== "json" && format !== "csv") {
        const near = closest(format, ["json", "csv"], 1)[0];
        throw new UsageError(
          `--format takes json or csv, got ${quoteArg(format)}${near ? ` (did you mean ${near}?)` : ""}`,
        );
      }
      if (output === "json" && format === "csv") throw new UsageError("--json and --format csv: give one of them");
      const kindWord = own.get("kind")?.[0];
      return done({
        name,
        format,
        ...(kindWord !== undefined ? { kind: kindArgument(kindWord, "--kind") } : {}),
        ...(data !== undefined ? { data } : {}),
      });
    }
  }
}
