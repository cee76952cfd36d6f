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
    expect(parseCommandLine([])).toEqual({ name: "browse", json: false });
  });
  it("turns timeline flags into the shared grammar", () => {
    const command = parseCommandLine(["timeline", "--from", "2012", "--to", "2024", "--kind", "election", "--topic", "x", "--kind", "law"]);
    expect(command).toMatchObject({ name: "timeline", query: "date:2012..2024 type:election type:law topic:x" });
  });
  it("accepts a grammar string, flags and global options in any order", () => {
    expect(parseCommandLine(["--json", "timeline", "year:2013", "--data", "dir"])).toEqual({
      name: "timeline",
      query: "year:2013",
      json: true,
      data: "dir",
    });
    expect(parseCommandLine(["--data", "dir", "show", "x"])).toMatchObject({ name: "show", id: "x", data: "dir" });
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
    expect(parseCommandLine(["list", "--help"])).toEqual({ name: "help", topic: "list" });
  });
  it("rejects unknown commands with a suggestion", () => {
    expect(usage(["shwo", "x"])).toMatch(/unknown command "shwo" \(did you mean show\?\)/);
  });
  it("rejects unknown flags, missing and extra arguments, and bad values", () => {
    expect(usage(["timeline", "--bogus"])).toMatch(/--bogus/);
    expect(usage(["show"])).toMatch(/needs a record id/);
    expect(usage(["show", "a", "b"])).toMatch(/one a record id/);
    expect(usage(["search", "x", "--limit", "0"])).toMatch(/--limit/);
    expect(usage(["export", "--format", "xml"])).toMatch(/json or csv/);
    expect(usage(["timeline", "--from"])).toMatch(/argument missing/);
  });
  it("never echoes control characters in a usage error", () => {
    expect(usage(["\u001b[2Jevil"])).not.toMatch(/\u001b/);
    expect(usage(["timeline", "--\u001b[2J"])).not.toMatch(/\u001b/);
  });
});
