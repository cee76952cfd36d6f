import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { fixtureFile } from "../test/fixture.js";
import { checkExpectations, type GivenFolder, parseSourceList } from "./expectations.js";
import { verifyQuotes } from "./verify.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const text =
  "Kazakhstan was elected with 183 votes. abolition is not complete. did not enjoy the support. enjoy the support. adopted by a vote of 23 to 12. Kazakhstan was elected";

/** The fixture with its UN source archived as `text`, or with a digest that is well formed and wrong. */
function run(options: {
  digest?: string;
  folder?: string;
  file?: string;
  content?: string;
  references?: Record<string, Record<string, string>>;
  expectAbsent?: Set<string>;
}) {
  const file = fixtureFile();
  file.sources![0]!.archiveSha256 = options.digest ?? sha(text);
  const data = loadDataset({ "data/test.json": file }, "test");
  const folder: GivenFolder = {
    path: `/refs/${options.folder ?? "sources"}`,
    name: options.folder ?? "sources",
    files: [{ name: options.file ?? "un.txt", sha256: sha(options.content ?? text), text: options.content ?? text }],
  };
  const report = verifyQuotes(data, folder.files);
  const references = { folders: options.references ?? { sources: { "un.txt": "un-press-election" } } };
  return checkExpectations({
    sources: data.sources,
    report,
    folders: [folder],
    references,
    expectAbsent: options.expectAbsent,
  });
}

describe("checkExpectations", () => {
  it("passes a reference folder that holds the texts it is expected to hold", () => {
    expect(run({})).toMatchObject({ missed: [], problems: [] });
  });

  it("fails a well-formed but wrong digest of a reference text, naming every quote it leaves unchecked", () => {
    const result = run({ digest: "b".repeat(64) });
    expect(result.missed).toHaveLength(1);
    const [missed] = result.missed;
    expect(missed!.sourceId).toBe("un-press-election");
    expect(missed!.reason).toBe(
      `its archiveSha256 bbbbbbbbbbbb… is not the SHA-256 of /refs/sources/un.txt (${sha(text).slice(0, 12)}…)`,
    );
    expect(missed!.unchecked.map((u) => `${u.record.id} ${u.field}`)).toContain("election-2012 citations.0");
    expect(missed!.unchecked.length).toBeGreaterThan(5);
  });

  it("fails a reference folder that lacks a file it is expected to hold", () => {
    const result = run({ file: "other.txt", content: "another text" });
    expect(result.missed.map((m) => m.reason)).toEqual([
      "/refs/sources/un.txt, its archived text, is not in the folder",
    ]);
  });

  it("names a reference record that lists a source that does not exist", () => {
    expect(
      run({ references: { sources: { "un.txt": "un-press-election", "gone.txt": "no-such-source" } } }).problems,
    ).toEqual(['/refs/sources/gone.txt is listed as the text of source "no-such-source", which does not exist']);
  });

  it("expects every source with a digest in a folder it does not know, unless the run names it absent", () => {
    const file = fixtureFile();
    file.sources![1]!.archiveSha256 = "c".repeat(64);
    const data = loadDataset(
      {
        "data/test.json": { ...file, sources: [{ ...file.sources![0]!, archiveSha256: sha(text) }, file.sources![1]!] },
      },
      "test",
    );
    const folder: GivenFolder = { path: "/mine", name: "mine", files: [{ name: "un.txt", sha256: sha(text), text }] };
    const report = verifyQuotes(data, folder.files);
    const strict = checkExpectations({ sources: data.sources, report, folders: [folder], references: { folders: {} } });
    expect(strict.missed.map((m) => m.sourceId)).toEqual(["outlet-copy"]);
    expect(strict.missed[0]!.reason).toBe("no file in /mine has its archiveSha256 cccccccccccc…");
    const stated = checkExpectations({
      sources: data.sources,
      report,
      folders: [folder],
      references: { folders: {} },
      expectAbsent: parseSourceList("# kept elsewhere\noutlet-copy\n\n"),
    });
    expect(stated.missed).toEqual([]);
    expect(stated.notExpected).toEqual(["outlet-copy"]);
  });

  it("does not expect, in a reference folder, the texts kept elsewhere", () => {
    const file = fixtureFile();
    file.sources![1]!.archiveSha256 = "c".repeat(64);
    file.sources![0]!.archiveSha256 = sha(text);
    const data = loadDataset({ "data/test.json": file }, "test");
    const folder: GivenFolder = {
      path: "/refs/sources",
      name: "sources",
      files: [{ name: "un.txt", sha256: sha(text), text }],
    };
    const result = checkExpectations({
      sources: data.sources,
      report: verifyQuotes(data, folder.files),
      folders: [folder],
      references: { folders: { sources: { "un.txt": "un-press-election" } } },
    });
    expect(result).toMatchObject({ missed: [], problems: [], notExpected: ["outlet-copy"] });
  });
});

describe("the record of reference texts", () => {
  it("lists only sources of the record that have an archived-text digest", async () => {
    const { readFileSync } = await import("node:fs");
    const { dirname, join } = await import("node:path");
    const { fileURLToPath } = await import("node:url");
    const { readDataFiles } = await import("../node.js");
    const { ReferenceTexts } = await import("./expectations.js");
    const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
    const record = ReferenceTexts.parse(
      JSON.parse(readFileSync(join(root, "provenance", "reference-texts.json"), "utf8")),
    );
    const sources = new Map(loadDataset(readDataFiles(join(root, "data")), "test").sources.map((s) => [s.id, s]));
    const listed = Object.values(record.folders).flatMap((files) => Object.values(files));
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed) expect(sources.get(id)?.archiveSha256, id).toMatch(/^[0-9a-f]{64}$/);
  });
});
