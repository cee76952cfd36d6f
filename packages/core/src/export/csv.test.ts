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
