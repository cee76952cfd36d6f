import { describe, expect, it } from "vitest";
import { parseCommandLine, UsageError } from "./args.js";

const usage = (argv: string[]) => {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(" ")}`);
};

describe("parseCommandLine", () => {
  it("browses with no command", () => {
    expect(parseCommandLine([])).toEqual({ name: "browse", output: "text" });
  });
  it("keeps a command's flags as given, in a Map, and the words as its query", () => {
    const command = parseCommandLine([
      "timeline",
      "--from",
      "2012",
      "--type",
      "election",
      "--topic=x",
      "--type",
      "law",
      "year:2013",
    ]);
    expect(command).toMatchObject({ name: "timeline", query: "year:2013", output: "text" });
    expect(command.name === "timeline" && Object.fromEntries(command.flags)).toEqual({
      from: ["2012"],
      type: ["election", "law"],
      topic: ["x"],
    });
  });
  it("accepts global options anywhere, and --json or --jsonl", () => {
    expect(parseCommandLine(["--json", "timeline", "--data", "dir"])).toMatchObject({
      name: "timeline",
      output: "json",
      data: "dir",
    });
    expect(parseCommandLine(["--data", "dir", "show", "x", "--jsonl"])).toMatchObject({
      name: "show",
      id: "x",
      data: "dir",
      output: "jsonl",
    });
  });
  it("treats everything after -- as arguments", () => {
    expect(parseCommandLine(["show", "--", "--help"])).toMatchObject({ name: "show", id: "--help" });
    expect(parseCommandLine(["search", "--", "-x", "y"])).toMatchObject({ name: "search", query: "-x y" });
  });
  it("ignores a leading -- as package-manager scripts pass it on", () => {
    expect(parseCommandLine(["--", "--help"])).toEqual({ name: "help" });
    expect(parseCommandLine(["--", "show", "x"])).toMatchObject({ name: "show", id: "x" });
  });
  it("gives help and version", () => {
    expect(parseCommandLine(["--version"])).toEqual({ name: "version" });
    expect(parseCommandLine(["-v"])).toEqual({ name: "version" });
    expect(parseCommandLine(["votes", "-h"])).toEqual({ name: "help", topic: "votes" });
  });
  it("reads a kind by any of core's names", () => {
    expect(parseCommandLine(["list", "People"])).toMatchObject({ kind: "person" });
    expect(parseCommandLine(["list", "upr"])).toMatchObject({ kind: "upr-review" });
    expect(parseCommandLine(["list", "membershipTerms"])).toMatchObject({ kind: "membership-term" });
    expect(parseCommandLine(["export", "--kind", "votes"])).toMatchObject({ kind: "vote", format: "json" });
  });
  it("rejects unknown commands and flags, naming them, with a suggestion", () => {
    expect(usage(["shwo", "x"])).toMatch(/unknown command "shwo" \(did you mean show\?\)/);
    expect(usage(["timeline", "--topc", "x"])).toMatch(
      /unknown option "--topc" for kz-hrc timeline \(did you mean --topic\?\)/,
    );
    expect(usage(["recommendations", "--cylce", "2"])).toMatch(/did you mean --cycle\?/);
    expect(usage(["export", "--type", "events"])).toMatch(/--kind/);
    expect(usage(["list", "peeple"])).toMatch(/unknown kind "peeple" \(did you mean people\?\)/);
  });
  it("rejects missing, extra and empty arguments and bad values", () => {
    expect(usage(["show"])).toMatch(/needs a record id/);
    expect(usage(["show", "a", "b"])).toBe("show takes one record id, got 2");
    expect(usage(["show", ""])).toBe("show: the record id is empty");
    expect(usage(["show", "  "])).toBe("show: the record id is empty");
    expect(usage(["search", "x", "--limit", "0"])).toMatch(/--limit/);
    expect(usage(["export", "--format", "xml"])).toMatch(/--format takes json or csv/);
    expect(usage(["timeline", "--from"])).toMatch(/--from needs a value/);
    expect(usage(["timeline", "--order", "up", "--order", "newest"])).toMatch(/--order given more than once/);
    expect(usage(["timeline", "--json=yes"])).toMatch(/--json takes no value/);
    expect(usage(["--json", "--jsonl"])).toMatch(/--json and --jsonl/);
    expect(usage(["--data", ""])).toMatch(/--data needs a folder/);
  });
  it("never lets a name reach a plain-object lookup", () => {
    for (const word of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(usage([word])).toMatch(/unknown command/);
      expect(usage(["timeline", `--${word}`])).toMatch(/unknown option/);
      expect(usage(["list", word])).toMatch(/unknown kind/);
      expect(usage(["export", "--kind", word])).toMatch(/unknown kind/);
    }
  });
  it("never echoes control characters in a usage error", () => {
    expect(usage(["\u001b[2Jevil"])).not.toMatch(/\u001b/);
    expect(usage(["timeline", "--\u001b[2J"])).not.toMatch(/\u001b/);
  });
});
