import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_DIR, loadFixture } from "../../test/fixture.js";
import { docToText } from "./doc-text.js";
import { loadData, type Loaded } from "./load.js";
import { recordDoc } from "./record-doc.js";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadFixture();
});
const text = (id: string, statusOf = loaded.statusOf) => docToText(recordDoc(loaded.api, id, statusOf) ?? []);

describe("recordDoc", () => {
  it("returns undefined for an unknown id", () => {
    expect(recordDoc(loaded.api, "no-such-record")).toBeUndefined();
  });
  it("has a view for every record in the dataset", () => {
    for (const s of loaded.api.listSummaries()) expect(recordDoc(loaded.api, s.id)?.length).toBeGreaterThan(2);
  });
  it("lists how Kazakhstan voted during a membership term", async () => {
    // The shared fixture has no vote (other tests count its events), so add one here.
    const dir = mkdtempSync(join(tmpdir(), "kz-hrc-votes-"));
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    const vote = {
      id: "vote-2014",
      title: "Council vote on an example resolution",
      kind: "resolution",
      date: "2014-03-28",
      participants: [{ organizationId: "kazakhstan", role: "Council member; abstained", vote: "abstained" }],
      summary: "Kazakhstan abstained.",
      citations: [{ sourceId: "example-un-press-2012", quote: "The General Assembly today elected Kazakhstan to the Human Rights Council." }],
    };
    writeFileSync(join(dir, "votes.json"), JSON.stringify({ events: [vote] }));
    const withVote = await loadData(dir);
    rmSync(dir, { recursive: true, force: true });
    const out = docToText(recordDoc(withVote.api, "membership-2013-2015") ?? []);
    expect(out).toContain("How Kazakhstan voted");
    expect(out).toContain("Abstained: Council vote on an example resolution · 28 Mar 2014 [vote-2014]");
  });
  it("shows a statement's membership context and its assessments with their relation", () => {
    const out = text("minister-pledge-2013");
    expect(out).toContain("Kazakhstan was a Council member: Council membership 2013–2015 [membership-2013-2015]");
    expect(out).toContain("[contradicts] “No bill has been tabled.”");
    expect(out).toContain("Says no bill followed the pledge.");
  });
  it("shows citations with quote, source, publisher, date, perspective and verification", () => {
    const out = text("hrc-election-2012");
    expect(out).toContain("“The General Assembly today elected Kazakhstan to the Human Rights Council.”");
    expect(out).toMatch(/— General Assembly elects .* · Office of the United Nations .* · 12 Nov 2012 · Intergovernmental body \[example-un-press-2012\]/);
    expect(out).toContain("not machine-checked");
    expect(text("hrc-election-2012", () => "verified")).toContain("✓ verified");
    expect(text("hrc-election-2012", () => "failed")).toContain("✗ failed");
  });
  it("counts origins, not outlets", () => {
    expect(text("hrc-election-2012")).toContain("1 independent origin (2 outlets)");
  });
  it("shows discrepancies and unknowns on the record they touch", () => {
    const out = text("hrc-election-2012");
    expect(out).toContain("Sources disagree");
    expect(out).toContain("date: preferred “12 November 2012” of 2 variants");
    expect(out).toContain("Not yet established: Kazakhstan's vote count in the 2012 election");
  });
  it("shows an unknown as not yet established, and a discrepancy's preferred variant and reason", () => {
    expect(text("vote-count-2012")).toContain("Not yet established: Kazakhstan's vote count");
    const d = text("election-date-2012");
    expect(d).toContain("★ preferred: “12 November 2012”");
    expect(d).toContain("The UN press release was issued on the day of the vote.");
  });
  it("links a source to its publisher, its original and the records citing it", () => {
    const out = text("example-times-2012");
    expect(out).toContain("Publisher: The Example Times [example-times]");
    expect(out).toContain("Republishes: General Assembly elects eighteen members of the Human Rights Council · 12 Nov 2012 [example-un-press-2012]");
    expect(out).toContain("Perspective: Independent media");
    expect(out).toContain("[hrc-election-2012]");
  });
  it("shows reform stages in order, each dated at its precision", () => {
    const out = text("death-penalty-abolition");
    expect(out.indexOf("signed · Sep 2020")).toBeLessThan(out.indexOf("ratified · Jan 2021"));
  });
});
