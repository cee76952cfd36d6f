import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { exportDataset } from "@kz-hrc/core";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_DIR } from "./fixture.js";

// The command as installed: the bin stub, which imports the built bundle.
const CLI = fileURLToPath(new URL("../bin/kz-hrc.js", import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
const ESC = "\u001b";

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const fixture = (...args: string[]) => run(["--data", FIXTURE_DIR, ...args]);

const temp = mkdtempSync(join(tmpdir(), "kz-hrc-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("kz-hrc (scriptable)", () => {
  it("says to build first when the bundle is missing, without a stack trace", () => {
    const unbuilt = join(temp, "unbuilt");
    mkdirSync(join(unbuilt, "bin"), { recursive: true });
    copyFileSync(CLI, join(unbuilt, "bin", "kz-hrc.js"));
    const result = spawnSync(process.execPath, [join(unbuilt, "bin", "kz-hrc.js"), "--version"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("kz-hrc: not built yet; run `pnpm build` at the repository root first.\n");
  });

  it("prints its version and help for every command", () => {
    expect(run(["--version"])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    for (const command of ["", "timeline", "show", "search", "list", "export"]) {
      const result = run([...(command ? [command] : []), "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Usage/);
    }
  });

  it("prints the timeline as JSON, filtered by flags or by the same grammar", () => {
    const byFlags = fixture("timeline", "--from", "2012", "--to", "2014", "--kind", "election", "--json");
    expect(byFlags.code).toBe(0);
    const events = JSON.parse(byFlags.stdout) as { id: string }[];
    expect(events.map((e) => e.id)).toEqual(["hrc-election-2012"]);
    const byGrammar = fixture("timeline", "year:2012..2014 type:election", "--json");
    expect(byGrammar.stdout).toBe(byFlags.stdout);
    const byTopic = JSON.parse(fixture("timeline", "--topic", "death-penalty", "--order", "newest", "--json").stdout) as { id: string }[];
    expect(byTopic.map((e) => e.id)).toEqual(["death-penalty-law-2021", "hrc-session-22-high-level"]);
  });

  it("prints plain text with no escape sequences when piped, even with colours forced", () => {
    const result = fixture("timeline", "--perspective", "civil-society");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Law abolishing the death penalty signed");
    expect(run(["--data", FIXTURE_DIR], { FORCE_COLOR: "3" }).stdout).not.toContain(ESC);
  });

  it("shows a record as text and as JSON with its context", () => {
    const text = fixture("show", "minister-pledge-2013");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("[contradicts]");
    const json = JSON.parse(fixture("show", "minister-pledge-2013", "--json").stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: "statement", id: "minister-pledge-2013", path: "/statements/minister-pledge-2013/" });
    expect(json.membership).toMatchObject({ status: "member", term: { id: "membership-2013-2015" } });
    expect(json.assessments).toMatchObject([{ relation: "contradicts", statement: { id: "ngo-assessment-2013" } }]);
    expect(json.citations).toMatchObject([{ sourceId: "example-mfa-2012", status: "unchecked" }]);
  });

  it("exits 1 with suggestions when a record is not found", () => {
    const result = fixture("show", "hrc-electon-2012");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no record with id "hrc-electon-2012". Did you mean: hrc-election-2012/);
    expect(result.stdout).toBe("");
  });

  it("searches with the grammar, as text and JSON", () => {
    const json = JSON.parse(fixture("search", "abolish", "kind:statement", "--json").stdout) as { results: { id: string }[]; total: number };
    expect(json.results.map((r) => r.id)).toContain("minister-pledge-2013");
    expect(fixture("search", "abolish").stdout).toContain("minister-pledge-2013");
    const bad = fixture("search", "perspective:nope");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown perspective "nope"/);
  });

  it("lists every kind by any of its names", () => {
    const people = JSON.parse(fixture("list", "people", "--json").stdout) as { id: string; path: string }[];
    expect(people.map((p) => p.id)).toEqual(["alma-example", "jan-observer"]);
    expect(people[0]?.path).toBe("/people/alma-example/");
    expect(fixture("list", "membership-terms").stdout).toContain("membership-2013-2015");
    expect(fixture("list", "unknown").stdout).toContain("vote-count-2012");
    const bad = fixture("list", "peeple");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean people\?/);
  });

  it("exports exactly core's JSON, and CSV per collection", () => {
    const json = run(["export", "--format", "json"]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(JSON.stringify(exportDataset()));
    const csv = fixture("export", "--format", "csv", "--kind", "events");
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^id,url,/);
    expect(csv.stdout).toContain("/events/hrc-election-2012/");
    expect(fixture("export", "--format", "csv").code).toBe(2);
    expect(JSON.parse(fixture("export", "--kind", "topics").stdout)).toHaveLength(4);
  });

  it("exits 2 with a one-line reason on usage errors", () => {
    for (const args of [["timeline", "--bogus"], ["frobnicate"], ["show"], ["list"], ["timeline", "--member", "perhaps"], ["timeline", "--kind", "party"], ["export", "--format", "xml"]]) {
      const result = run(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.trim().split("\n")[0]).toMatch(/^kz-hrc: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe("");
    }
  });

  it("never echoes escape sequences from hostile arguments", () => {
    for (const args of [["show", `${ESC}[2J${ESC}]0;owned${"\u0007"}`], [`${ESC}[31mred`], ["search", `${ESC}[2J`], ["timeline", `--${ESC}[2J`]]) {
      const result = run(args);
      expect([0, 1, 2]).toContain(result.code);
      expect(result.stderr + result.stdout).not.toContain(ESC);
    }
  });

  it("rejects huge queries and survives huge ids", () => {
    const huge = "x".repeat(100_000);
    const search = run(["search", huge]);
    expect(search.code).toBe(2);
    expect(search.stderr).toMatch(/query too long \(100000 characters; at most 300\)/);
    const show = run(["show", huge]);
    expect(show.code).toBe(1);
    expect(show.stderr.length).toBeLessThan(500);
  });

  it("treats arguments after -- as arguments, not options", () => {
    expect(run(["show", "--", "--help"])).toMatchObject({ code: 1 });
    expect(run(["search", "--", "--json"]).code).toBe(0);
    expect(run(["--", "show"]).code).toBe(2);
    expect(run(["--", "--version"]).stdout).toBe(`${VERSION}\n`);
  });

  it("ends quietly when the reader closes the pipe early", () => {
    const dir = join(temp, "big");
    const events = Array.from({ length: 3000 }, (_, i) => ({
      id: `event-${i}`,
      title: `Event ${i}`,
      kind: "other",
      date: `${2006 + (i % 18)}`,
      summary: "A long enough summary to make the output large. ".repeat(4),
      citations: [{ sourceId: "s", quote: "quote" }],
    }));
    const sources = [{ id: "s", title: "S", publisherId: "o", language: "en", kind: "news", perspective: "academic" }];
    const organizations = [{ id: "o", name: "O", kind: "other" }];
    writeFileSync(join(temp, "placeholder"), "");
    spawnSync("mkdir", ["-p", dir]);
    writeFileSync(join(dir, "big.json"), JSON.stringify({ events, sources, organizations }));
    const result = spawnSync("bash", ["-c", `set -o pipefail; node "${CLI}" --data "${dir}" timeline --json | head -c 100 >/dev/null`], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("prints a data error's message without a stack trace and exits 1", () => {
    const dir = join(temp, "bad");
    spawnSync("mkdir", ["-p", dir]);
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ topics: [{ id: "Not A Slug", name: "x" }] }));
    const result = run(["--data", dir, "list", "topics"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^The dataset is invalid \(1 problem\):\n {2}- data\/bad.json › topics › .*id: must be a kebab-case slug/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(run(["--data", join(temp, "missing"), "list", "topics"]).code).toBe(2);
  });
});
