import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { fixtureFile } from "../test/fixture.js";
import { quoteOccursIn } from "../text/normalize.js";
import { verifyQuotes } from "./verify.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

function datasetWithArchive(text: string) {
  const file = fixtureFile();
  file.sources![0]!.archiveSha256 = sha(text);
  return loadDataset({ "data/test.json": file }, "test");
}

describe("quoteOccursIn", () => {
  it("folds whitespace, case, typographic quotes and dashes", () => {
    const text = "He said: “We are pleased” —\n  and   it’s done.";
    expect(quoteOccursIn("we are PLEASED\" - and it's done", text)).toBe(true);
    expect(quoteOccursIn("we were pleased", text)).toBe(false);
  });

  it("accepts elisions when the parts occur in order", () => {
    const text = "First part here. Middle bit. Last part there.";
    expect(quoteOccursIn("First part … Last part", text)).toBe(true);
    expect(quoteOccursIn("Last part [...] First part", text)).toBe(false);
  });
});

describe("verifyQuotes", () => {
  const archived =
    "Kazakhstan was elected with 183 votes. Then abolition is not complete, said a watchdog. " +
    "These recommendations enjoy the support of Kazakhstan: Continue reforms (Brazil). These did not enjoy the support: " +
    "Abolish the death penalty (France). It was adopted by a vote of 23 to 12. Kazakhstan was elected";
  it("verifies quotes of sources matched by SHA-256, leaves others unchecked", () => {
    const report = verifyQuotes(datasetWithArchive(archived), [
      { name: "un.txt", sha256: sha(archived), text: archived },
    ]);
    expect(report.failed).toEqual([]);
    // 4 quotes of records, 1 of the review, 2 of recommendations and their 2 texts, 1 of the vote.
    expect(report.verified.length).toBe(10);
    expect(report.verified.filter((v) => v.field === "text").map((v) => v.citation.quote)).toEqual([
      "Abolish the death penalty",
      "Continue reforms",
    ]);
    expect(report.unchecked.every((c) => c.citation.sourceId === "outlet-copy")).toBe(true);
    expect(report.matchedSources.get("un-press-election")).toBe("un.txt");
  });

  it("warns about a quote that stops mid-sentence where the archived excerpt stops", () => {
    const cut =
      "Kazakhstan was elected with 183 votes. Then abolition is not complete, said a watchdog. Kazakhstan was elected with";
    const file = fixtureFile();
    file.sources![0]!.archiveSha256 = sha(cut);
    file.events![0]!.citations = [{ sourceId: "un-press-election", quote: "Kazakhstan was elected with" }];
    const report = verifyQuotes(loadDataset({ "data/test.json": file }, "test"), [
      { name: "un.txt", sha256: sha(cut), text: cut },
    ]);
    expect(report.cutAtEnd.map((c) => c.record.id)).toEqual(["election-2012"]);
    const complete = `${archived}.`;
    const whole = verifyQuotes(datasetWithArchive(complete), [
      { name: "un.txt", sha256: sha(complete), text: complete },
    ]);
    expect(whole.cutAtEnd).toEqual([]);
  });

  it("fails a quote that is not in the archived text, naming the record and field", () => {
    const text = "Kazakhstan was elected with 184 votes.";
    const report = verifyQuotes(datasetWithArchive(text), [{ name: "un.txt", sha256: sha(text), text }]);
    expect(report.failed.map((f) => `${f.record.id} ${f.field}`)).toContain("election-2012 citations.0");
  });

  it("reports archived files that match no source", () => {
    const report = verifyQuotes(datasetWithArchive(archived), [{ name: "stray.txt", sha256: sha("x"), text: "x" }]);
    expect(report.unmatchedFiles).toEqual(["stray.txt"]);
    expect(report.verified).toEqual([]);
  });
});
