import { beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../../test/fixture.js";
import { docToText } from "./doc-text.js";
import type { Loaded } from "./load.js";
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
  it("says how Kazakhstan voted during a membership term, counted, with the votes no source names", () => {
    const out = text("membership-2013-2015");
    expect(out).toContain("How Kazakhstan voted");
    expect(out).toContain("0 in favour, 1 against, 1 abstained, 1 not sourced (3 recorded votes)");
    expect(out).toContain("Against: Example resolution on the freedom of expression · 21 Mar 2013 [a-hrc-res-22-1]");
    expect(out).toContain("Abstained: Example resolution on the death penalty · 28 Mar 2014 [a-hrc-res-25-2]");
    expect(out).toContain("Not sourced: Example resolution with no sourced vote of Kazakhstan · 2015 [a-hrc-res-28-3]");
    expect(out).not.toContain("a-hrc-res-43-1");
  });
  it("shows a recommendation: number, review, states, response in words, verbatim text, topics, related records, citations", () => {
    const out = text("upr-2-120-1");
    expect(out).toContain(
      "UPR recommendation · UPR cycle 2 · Republic of Exampleland · Supported, considered already implemented",
    );
    expect(out).toContain("Number: 120.1");
    expect(out).toContain("Review: Universal Periodic Review, cycle 2 · 30 Oct 2014 [upr-cycle-2]");
    expect(out).toContain("Response: Supported, considered already implemented");
    expect(out).toMatch(/Recommended by\n-+\nRepublic of Exampleland \[exampleland\]/);
    expect(out).toContain(
      "“Ratify the Second Optional Protocol to the Covenant, aiming at the abolition of the death penalty”",
    );
    expect(out).toContain("Death penalty [death-penalty]");
    expect(out).toMatch(/Related records\n-+\nAbolition of the death penalty · Sep 2020 \[death-penalty-abolition\]/);
    expect(out).toContain("The fixture's note on this recommendation.");
    expect(out).toContain("at para. 120.1");
    expect(out).toContain(
      "— Report of the Working Group on the Universal Periodic Review: Kazakhstan · Office of the United Nations High Commissioner for Human Rights · 15 Dec 2014",
    );
    expect(text("upr-2-122-1")).toContain("Recommended by (jointly)");
  });
  it("shows, on a reform, the recommendations that name it as related", () => {
    expect(text("death-penalty-abolition")).toMatch(/Named as related by\n-+\n120\.1 Ratify/);
  });
  it("shows a vote: symbol, session, date, totals, Kazakhstan's vote or that it is not yet established, citations", () => {
    const out = text("a-hrc-res-22-1");
    expect(out).toContain("Symbol: A/HRC/RES/22/1");
    expect(out).toContain("Session: HRC 22");
    expect(out).toContain("Date: 21 Mar 2013");
    expect(out).toContain("Totals: 25 in favour, 10 against, 12 abstaining");
    expect(out).toContain("Kazakhstan's vote: Against");
    expect(out).toContain("“Kazakhstan voted against”");
    expect(out).toContain("In favour: Republic of Exampleland [exampleland]");
    expect(out).toContain("“adopted by 25 votes to 10, with 12 abstentions”");
    const unsourced = text("a-hrc-res-28-3");
    expect(unsourced).toContain("Kazakhstan's vote: not yet established");
    expect(unsourced).toContain("No source at hand names Kazakhstan's vote.");
    expect(text("a-hrc-res-25-2")).toContain("Totals: not yet established");
  });
  it("lists a UPR review's recommendations grouped by response", () => {
    const out = text("upr-cycle-2");
    expect(out).toContain("3 recommendations in the record, by response");
    const supported = out.indexOf("Supported (1)");
    const implemented = out.indexOf("Supported, considered already implemented (1)");
    const noted = out.indexOf("Noted (1)");
    expect(supported).toBeGreaterThan(0);
    expect(implemented).toBeGreaterThan(supported);
    expect(noted).toBeGreaterThan(implemented);
    expect(out.indexOf("[upr-2-122-1]")).toBeGreaterThan(noted);
  });
  it("lists an organization's parts and the sources it published, from core", () => {
    const out = text("kazakhstan");
    expect(out).toContain("Example Ministry of Foreign Affairs [example-ministry]");
    expect(text("ohchr")).toMatch(/Sources it published\n-+\n(.*\n)*.*\[example-upr-report-2014\]/);
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
    expect(out).toMatch(
      /— General Assembly elects .* · Office of the United Nations .* · 12 Nov 2012 · Intergovernmental body \[example-un-press-2012\]/,
    );
    expect(out).toContain("not machine-checked");
    expect(text("hrc-election-2012", () => "verified")).toContain(
      "✓ verified: machine-checked against the archived text",
    );
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
    expect(out).toContain(
      "Republishes: General Assembly elects eighteen members of the Human Rights Council · 12 Nov 2012 [example-un-press-2012]",
    );
    expect(out).toContain("Perspective: Independent media");
    expect(out).toContain("[hrc-election-2012]");
  });
  it("shows reform stages in order, each dated at its precision", () => {
    const out = text("death-penalty-abolition");
    expect(out.indexOf("Signed · Sep 2020")).toBeGreaterThan(0);
    expect(out.indexOf("Signed · Sep 2020")).toBeLessThan(out.indexOf("Ratified · Jan 2021"));
  });
});
