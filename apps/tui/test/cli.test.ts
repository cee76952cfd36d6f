import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { exportDataset } from "@kz-hrc/core";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_DIR } from "./fixture.js";

// The command as installed: the bin stub, which imports the built bundle.
const CLI = fileURLToPath(new URL("../bin/kz-hrc.js", import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string })
  .version;
const ESC = "\u001b";

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 28,
  });
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
    for (const command of ["", "timeline", "show", "search", "list", "recommendations", "votes", "cite", "export"]) {
      const result = run([...(command ? [command] : []), "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Usage/);
    }
  });

  it("cites a record as text, BibTeX or CSL-JSON with the site's address and the dataset version", () => {
    const text = run(["--data", FIXTURE_DIR, "cite", "hrc-election-2012"], { SITE_URL: "https://example.org" });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("https://example.org/events/hrc-election-2012/");
    const bibtex = run(["--data", FIXTURE_DIR, "cite", "hrc-election-2012", "--format", "bibtex"], {
      SITE_URL: "https://example.org",
    });
    expect(bibtex.stdout).toMatch(/^@\w+\{/);
    const csl = run(["--data", FIXTURE_DIR, "cite", "hrc-election-2012", "--format", "csl"], {
      SITE_URL: "https://example.org",
    });
    expect(() => JSON.parse(csl.stdout)).not.toThrow();
  });

  it("refuses a bad citation format, an unknown id and a quote number out of range, with the right exit", () => {
    const format = fixture("cite", "hrc-election-2012", "--format", "bibtx");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("did you mean bibtex?");
    expect(fixture("cite", "no-such-record").code).toBe(1);
    const quote = fixture("cite", "hrc-election-2012", "--quote", "999");
    expect(quote.code).toBe(2);
    expect(quote.stderr).toContain("--quote takes 1 to");
  });

  it("prints the timeline as JSON, filtered by flags or by the same grammar", () => {
    const byFlags = fixture("timeline", "--from", "2012", "--to", "2014", "--type", "election", "--json");
    expect(byFlags.code).toBe(0);
    const events = JSON.parse(byFlags.stdout) as { id: string }[];
    expect(events.map((e) => e.id)).toEqual(["hrc-election-2012"]);
    const byGrammar = fixture("timeline", "year:2012..2014 type:election", "--json");
    expect(byGrammar.stdout).toBe(byFlags.stdout);
    const byTopic = JSON.parse(
      fixture("timeline", "--topic", "death-penalty", "--order", "newest", "--json").stdout,
    ) as { id: string }[];
    expect(byTopic.map((e) => e.id)).toEqual(["death-penalty-law-2021", "hrc-session-22-high-level"]);
  });

  it("gives every record one JSON shape in every command: kind is the record kind, type the event type, path always", () => {
    const timeline = JSON.parse(fixture("timeline", "--type", "election", "--json").stdout) as Record<
      string,
      unknown
    >[];
    expect(timeline[0]).toMatchObject({
      kind: "event",
      type: "election",
      id: "hrc-election-2012",
      path: "/events/hrc-election-2012/",
      title: "Kazakhstan elected to the Human Rights Council",
      date: "2012-11-12",
    });
    const list = JSON.parse(fixture("list", "events", "--json").stdout) as Record<string, unknown>[];
    expect(list.find((e) => e.id === "hrc-election-2012")).toEqual(timeline[0]);
    const search = JSON.parse(fixture("search", "elected", "kind:event", "--json").stdout) as {
      results: Record<string, unknown>[];
    };
    const hit = search.results.find((r) => r.id === "hrc-election-2012");
    expect(hit).toMatchObject({ ...timeline[0], score: expect.any(Number) });
    const show = JSON.parse(fixture("show", "hrc-election-2012", "--json").stdout) as Record<string, unknown>;
    expect(show).toMatchObject(timeline[0] ?? {});
    for (const args of [
      ["list", "sources"],
      ["list", "organizations"],
      ["list", "statements"],
      ["recommendations"],
      ["votes"],
      ["search", "death"],
    ]) {
      const out = JSON.parse(fixture(...args, "--json").stdout) as
        | Record<string, unknown>[]
        | { results: Record<string, unknown>[] };
      const records = Array.isArray(out) ? out : out.results;
      expect(records.length, args.join(" ")).toBeGreaterThan(0);
      for (const r of records) {
        expect(r.path, args.join(" ")).toMatch(/^\/[a-z-]+\/[^/]+\/$/);
        expect([
          "event",
          "statement",
          "source",
          "organization",
          "person",
          "topic",
          "recommendation",
          "vote",
          "reform",
          "upr-review",
          "membership-term",
          "discrepancy",
          "unknown",
        ]).toContain(r.kind);
      }
    }
    const statement = (JSON.parse(fixture("list", "statements", "--json").stdout) as Record<string, unknown>[])[0];
    expect(statement).toMatchObject({ kind: "statement", type: "commitment" });
  });

  it("streams one JSON record a line with --jsonl", () => {
    const lines = fixture("timeline", "--jsonl").stdout.trim().split("\n");
    expect(lines).toHaveLength(44);
    for (const line of lines)
      expect(JSON.parse(line)).toMatchObject({ kind: "event", path: expect.stringMatching(/^\/events\//) });
    expect(fixture("votes", "--jsonl").stdout.trim().split("\n")).toHaveLength(4);
    expect(JSON.parse(fixture("show", "upr-2-120-1", "--jsonl").stdout)).toMatchObject({ kind: "recommendation" });
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
    expect(json).toMatchObject({
      kind: "statement",
      type: "commitment",
      id: "minister-pledge-2013",
      path: "/statements/minister-pledge-2013/",
    });
    expect(json.membership).toMatchObject({
      status: "member",
      term: { id: "membership-2013-2015", path: "/membership/membership-2013-2015/" },
    });
    expect(json.assessments).toMatchObject([
      {
        relation: "contradicts",
        kind: "statement",
        id: "ngo-assessment-2013",
        path: "/statements/ngo-assessment-2013/",
      },
    ]);
    expect(json.citations).toMatchObject([{ sourceId: "example-mfa-2012", status: "unchecked" }]);
  });

  it("gives in show --json everything the text shows: linked records, and citations with their source's title, publisher, date and address", () => {
    for (const id of ["death-penalty", "hrc-election-2012", "upr-cycle-2", "membership-2013-2015", "kazakhstan"]) {
      const text = fixture("show", id).stdout;
      const json = JSON.parse(fixture("show", id, "--json").stdout) as {
        links: { id: string; path: string; title: string }[];
      };
      const linked = [...text.matchAll(/\[([a-z0-9-]+)\]$/gm)].map((m) => m[1]);
      expect(linked.length, id).toBeGreaterThan(0);
      for (const linkedId of linked)
        expect(
          json.links.map((l) => l.id),
          `${id} → ${linkedId}`,
        ).toContain(linkedId);
    }
    const topic = JSON.parse(fixture("show", "death-penalty", "--json").stdout) as {
      links: { heading: string; id: string; path: string }[];
    };
    expect(topic.links).toContainEqual(
      expect.objectContaining({
        heading: "Records on this topic",
        id: "minister-pledge-2013",
        path: "/statements/minister-pledge-2013/",
      }),
    );
    const event = JSON.parse(fixture("show", "hrc-election-2012", "--json").stdout) as {
      citations: Record<string, unknown>[];
    };
    expect(event.citations[0]).toMatchObject({
      sourceId: "example-un-press-2012",
      quote: "The General Assembly today elected Kazakhstan to the Human Rights Council.",
      locator: "para. 1",
      status: "unchecked",
      source: {
        id: "example-un-press-2012",
        title: "General Assembly elects eighteen members of the Human Rights Council",
        publisher: { id: "ohchr", name: "Office of the United Nations High Commissioner for Human Rights" },
        published: "2012-11-12",
        url: "https://example.org/un/press-2012",
        perspective: "intergovernmental",
      },
    });
    expect(event.citations[1]).toMatchObject({
      source: { id: "example-times-2012", republishes: { id: "example-un-press-2012" } },
    });
  });

  it("exits 1 with suggestions when a record is not found", () => {
    const result = fixture("show", "hrc-electon-2012");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no record with id "hrc-electon-2012". Did you mean: hrc-election-2012/);
    expect(result.stdout).toBe("");
  });

  it("searches with the grammar, as text and JSON", () => {
    const json = JSON.parse(fixture("search", "abolish", "kind:statement", "--json").stdout) as {
      results: { id: string }[];
      total: number;
    };
    expect(json.results.map((r) => r.id)).toContain("minister-pledge-2013");
    expect(fixture("search", "abolish").stdout).toContain("minister-pledge-2013");
    const bad = fixture("search", "perspective:nope");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown perspective "nope"/);
  });

  it("lists every kind by any of its names, in core's list order", () => {
    const people = JSON.parse(fixture("list", "people", "--json").stdout) as { id: string; path: string }[];
    expect(people.map((p) => p.id)).toEqual(["alma-example", "jan-observer"]);
    expect(people[0]?.path).toBe("/people/alma-example/");
    expect(fixture("list", "membership-terms").stdout).toContain("membership-2013-2015");
    expect(fixture("list", "unknown").stdout).toContain("vote-count-2012");
    const bad = fixture("list", "peeple");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean people\?/);
    // Names first: a person's name, then the role.
    expect(fixture("list", "people").stdout.split("\n")[0]).toMatch(
      /^Alma Example\s+Minister of Foreign Affairs\s+alma-example$/,
    );
  });

  it("lists UPR recommendations and Council votes with their filters", () => {
    const noted = fixture("recommendations", "--cycle", "2", "--response", "noted", "--state", "Exampleland");
    expect(noted).toMatchObject({ code: 0 });
    expect(noted.stdout.trim().split("\n")).toHaveLength(1);
    expect(noted.stdout).toMatch(/^122\.1 Decriminalize defamation.*Noted\s+upr-2-122-1$/m);
    const against = JSON.parse(fixture("votes", "--term", "2013-2015", "--vote", "against", "--json").stdout) as {
      id: string;
      kind: string;
      type: string;
    }[];
    expect(against).toMatchObject([{ id: "a-hrc-res-22-1", kind: "vote" }]);
    expect(fixture("votes", "--topic", "death-penalty").stdout).toContain("a-hrc-res-25-2");
    for (const [args, pattern] of [
      [["recommendations", "--response", "notd"], /--response .*\(did you mean noted\?\)/],
      [["recommendations", "--cycle", "9"], /--cycle .*no cycle "9"/],
      [["votes", "--vote", "for"], /--vote takes Kazakhstan's vote/],
      [["votes", "--term", "2013-2016"], /--term .*\(did you mean 2013-2015\?\)/],
      [["votes", "--bogus"], /unknown option "--bogus" for kz-hrc votes/],
    ] as const) {
      const result = fixture(...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(pattern);
    }
  });

  it("exports exactly core's JSON (indented as every command's), and CSV per kind", () => {
    const json = run(["export", "--format", "json"]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(`${JSON.stringify(exportDataset(), null, 2)}\n`);
    const csv = fixture("export", "--format", "csv", "--kind", "events");
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^id,/);
    expect(csv.stdout).toContain("/events/hrc-election-2012/");
    expect(fixture("export", "--format", "csv").code).toBe(2);
    expect(JSON.parse(fixture("export", "--kind", "topics").stdout)).toHaveLength(4);
    expect(JSON.parse(fixture("export", "--kind", "recommendations").stdout)).toHaveLength(4);
  });

  it("exits 2 with a one-line reason naming the flag on every usage error", () => {
    for (const [args, pattern] of [
      [["timeline", "--bogus"], /unknown option "--bogus"/],
      [["frobnicate"], /unknown command/],
      [["show"], /show needs a record id/],
      [["show", ""], /show: the record id is empty/],
      [["list"], /list needs a kind/],
      [["timeline", "--member", "perhaps"], /--member takes yes or no/],
      [["timeline", "--kind", "election"], /--kind .*did you mean --type election\?/],
      [["timeline", "--type", "party"], /--type takes an event type/],
      [["timeline", "--from", "2012-13"], /--from .*"2012-13" is not one/],
      [["timeline", "--to", "2013-02-29"], /--to .*"2013-02-29" is not one/],
      [["timeline", "--order", "up"], /--order takes oldest or newest; unknown "up"/],
      [["timeline", "--topic", "nope"], /--topic .*no topic "nope"/],
      [["export", "--format", "xml"], /--format takes json or csv/],
      [["search", "perspective:nope"], /unknown perspective "nope"/],
    ] as const) {
      const result = fixture(...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.trim().split("\n")[0], args.join(" ")).toMatch(/^kz-hrc: /);
      expect(result.stderr, args.join(" ")).toMatch(pattern);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe("");
    }
  });

  it("never looks __proto__, constructor or toString up as a record, a kind or a value", () => {
    for (const word of ["__proto__", "constructor", "toString"]) {
      expect(fixture("show", word).code, word).toBe(1);
      expect(fixture("list", word).code, word).toBe(2);
      expect(fixture("timeline", "--topic", word).code, word).toBe(2);
      expect(fixture("recommendations", "--state", word).code, word).toBe(2);
      expect(fixture("votes", "--vote", word).code, word).toBe(2);
      expect(fixture(`--${word}`).code, word).toBe(2);
      expect(fixture("search", word).code, word).toBe(0);
    }
  });

  it("never echoes escape sequences from hostile arguments", () => {
    for (const args of [
      ["show", `${ESC}[2J${ESC}]0;owned${"\u0007"}`],
      [`${ESC}[31mred`],
      ["search", `${ESC}[2J`],
      ["timeline", `--${ESC}[2J`],
    ]) {
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
    const result = spawnSync(
      "bash",
      ["-c", `set -o pipefail; node "${CLI}" --data "${dir}" timeline --json | head -c 100 >/dev/null`],
      { encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("prints a data error's message without a stack trace and exits 1", () => {
    const dir = join(temp, "bad");
    spawnSync("mkdir", ["-p", dir]);
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ topics: [{ id: "Not A Slug", name: "x" }] }));
    const result = run(["--data", dir, "list", "topics"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^The dataset is invalid \\(1 problem\\):\\n {2}- ${join(dir, "bad.json").replace(/[/.]/g, "\\$&")} › topics › .*id: must be a kebab-case slug`,
      ),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("names the file that is not JSON, and refuses a missing or empty data folder", () => {
    const dir = join(temp, "broken");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "good.json"), JSON.stringify({ topics: [] }));
    writeFileSync(join(dir, "broken.json"), "{ not json");
    const broken = run(["--data", dir, "list", "topics"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      new RegExp(`^kz-hrc: ${join(dir, "broken.json").replace(/[/.]/g, "\\$&")}: cannot be read \\(.*JSON`),
    );
    expect(broken.stderr).not.toContain("$invalidJson");
    const missing = run(["--data", join(temp, "missing"), "list", "topics"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--data ".*missing": cannot read the data folder \(no such folder\)/);
    const empty = join(temp, "empty");
    mkdirSync(empty, { recursive: true });
    const none = run(["--data", empty, "timeline"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--data ".*empty": no data files \(\*\.json\) in this folder/);
  });

  it("says in one line that the disk is full, and ends quietly when the pipe closes", () => {
    const full = spawnSync("sh", ["-c", `node "${CLI}" timeline > /dev/full`], { encoding: "utf8" });
    expect(full.status).toBe(1);
    expect(full.stderr).toBe("kz-hrc: cannot write the output: no space left on device (ENOSPC)\n");
    const closed = spawnSync("bash", ["-c", `set -o pipefail; node "${CLI}" export | head -c 10 >/dev/null`], {
      encoding: "utf8",
    });
    expect(closed.stderr).toBe("");
    expect(closed.status).toBe(0);
  });

  it("gives plain output, not the browser, under TERM=dumb or without a terminal", () => {
    const dumb = spawnSync(
      "script",
      ["-qfec", `env -u CI TERM=dumb node "${CLI}" --data "${FIXTURE_DIR}"`, "/dev/null"],
      { encoding: "utf8", timeout: 20_000 },
    );
    expect(dumb.status).toBe(0);
    expect(dumb.stdout).toContain("Kazakhstan elected to the Human Rights Council");
    expect(dumb.stdout).not.toContain("\u001b[?1049h");
  });

  it("fits plain text to a terminal's width, keeping each id whole, and leaves piped lines whole", () => {
    const shown = spawnSync(
      "script",
      ["-qfec", `stty cols 50; env -u CI node "${CLI}" --data "${FIXTURE_DIR}" list sources`, "/dev/null"],
      { encoding: "utf8", timeout: 20_000 },
    );
    const lines = shown.stdout.split(/\r?\n/).filter(Boolean);
    expect(lines.length).toBe(6);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(50);
    expect(lines.some((l) => l.endsWith("example-un-press-2012"))).toBe(true);
    expect(fixture("list", "sources").stdout).toContain(
      "General Assembly elects eighteen members of the Human Rights Council",
    );
  });
});
