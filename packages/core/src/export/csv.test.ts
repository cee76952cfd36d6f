import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { fixtureFile } from "../test/fixture.js";
import { toCsv } from "./csv.js";

describe("toCsv", () => {
  const file = fixtureFile();
  file.events![0]!.title = '=HYPERLINK("x"), "quoted"';
  const data = loadDataset({ "data/test.json": file }, "test");

  it("writes a header, one row a record, and each record's URL", () => {
    const lines = toCsv(data, "events", "https://example.org/").trimEnd().split("\r\n");
    expect(lines[0]?.startsWith("id,url,title,kind,date")).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("https://example.org/events/election-2012/");
  });

  it("quotes commas and quotes, and defuses spreadsheet formulas", () => {
    expect(toCsv(data, "events")).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
  });

  it("joins plain lists and keeps nested values as JSON", () => {
    const csv = toCsv(data, "events");
    expect(csv).toContain("council-membership");
    expect(csv).toContain('""sourceId"":""un-press-election""');
  });
});

describe("flat tables", () => {
  const data = loadDataset({ "data/test.json": fixtureFile() }, "test");

  it("writes one row per recommendation with its cycle, states joined and response", () => {
    const [header, ...rows] = toCsv(data, "recommendations").trimEnd().split("\r\n");
    expect(header).toBe("id,url,reviewId,cycle,number,text,recommendingStateIds,recommendingStates,response,topicIds,sourceIds");
    expect(rows).toContain(
      "upr-2-126-2,/recommendations/upr-2-126-2/,upr-cycle-2,2,126.2,Abolish the death penalty,france; brazil,French Republic; Federative Republic of Brazil,noted,death-penalty,un-press-election",
    );
  });

  it("writes one row per vote with the totals and Kazakhstan's vote as columns", () => {
    const [header, row] = toCsv(data, "votes").trimEnd().split("\r\n");
    expect(header).toBe("id,url,symbol,title,body,subject,session,date,adopted,inFavour,against,abstaining,kazakhstanVote,kazakhstanVoteSourceIds,topicIds,sourceIds");
    expect(row).toBe("a-hrc-res-25-1,/votes/a-hrc-res-25-1/,A/HRC/RES/25/1,Promoting reconciliation,human-rights-council,resolution,HRC 25,2014-03-27,true,23,12,12,abstained,outlet-copy,,un-press-election");
  });
});
