import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { parseCsv } from "../test/csv-parse.js";
import { fixtureFile } from "../test/fixture.js";
import { collectionCsv, csvField, tableToCsv } from "./csv.js";
import { tableLayouts } from "./layout.js";
import { buildTables } from "./tables.js";

const layouts = tableLayouts();

describe("CSV", () => {
  const file = fixtureFile();
  file.events![0]!.title = '=HYPERLINK("x"), "quoted"';
  file.events![1]!.title = "-2 and +3 @ the session";
  file.discrepancies![0]!.variants[0]!.value = "-15";
  const data = loadDataset({ "data/test.json": file }, "test");
  const tables = buildTables(data, layouts, "https://example.org/");
  const rowsOf = (name: string) => parseCsv(tableToCsv(tables.find((t) => t.name === name)!));

  it("writes a header, one row a record, each record's page, and the source's own URL apart from it", () => {
    const [header, ...rows] = rowsOf("sources");
    expect(header!.slice(0, 4)).toEqual(["id", "pageUrl", "title", "publisherId"]);
    const un = rows.find((r) => r[0] === "un-press-election")!;
    expect(un[header!.indexOf("pageUrl")]).toBe("https://example.org/sources/un-press-election/");
    expect(un[header!.indexOf("url")]).toBe("https://press.un.org/en/2012/ga11313.doc.htm");
  });

  it("keeps every value as it is: no quote mark before =, +, - or @, commas and quotes escaped per RFC 4180", () => {
    const [header, ...rows] = rowsOf("events");
    const titles = rows.map((r) => r[header!.indexOf("title")]);
    expect(titles).toContain('=HYPERLINK("x"), "quoted"');
    expect(titles).toContain("-2 and +3 @ the session");
    expect(tableToCsv(tables.find((t) => t.name === "events")!)).toContain('"=HYPERLINK(""x""), ""quoted"""');
    const [vHeader, ...variants] = rowsOf("variants");
    expect(variants.map((v) => v[vHeader!.indexOf("value")])).toContain("-15");
    expect(csvField("-1")).toBe("-1");
    expect(csvField("a\nb")).toBe('"a\nb"');
  });

  it("puts nested records in tables of their own, keyed by the record and the item's index, never JSON in a cell", () => {
    for (const table of tables) {
      for (const row of table.rows)
        for (const cell of row)
          expect(typeof cell === "string" && /^[[{]/.test(cell), `${table.name}: ${String(cell)}`).toBe(false);
    }
    const named = (name: string, columns: string[]) => {
      const [header, ...rows] = rowsOf(name);
      return rows.map((row) => columns.map((c) => row[header!.indexOf(c)]));
    };
    expect(named("participants", ["eventId", "index", "personId", "organizationId", "role"])).toEqual([
      ["election-2012", "0", "", "kazakhstan", "candidate"],
      ["speech-2021", "0", "a-minister", "", "speaker"],
    ]);
    expect(named("roles", ["personId", "index", "title", "organizationId", "start", "asOf"])).toEqual([
      ["a-minister", "0", "Minister", "kazakhstan", "", "2021-02"],
    ]);
  });

  it("lists every citation with its record, field, source and quote", () => {
    const [header, ...rows] = rowsOf("citations");
    expect(header!.slice(0, 6)).toEqual(["recordKind", "recordId", "field", "sourceId", "quote", "locator"]);
    expect(rows).toContainEqual(
      expect.arrayContaining(["person", "a-minister", "roles.0.citations.0", "outlet-copy", "the Minister said"]),
    );
    expect(rows).toContainEqual(
      expect.arrayContaining([
        "discrepancy",
        "election-date",
        "variants.1.citations.0",
        "outlet-copy",
        "Kazakhstan elected",
      ]),
    );
    expect(rows).toContainEqual(
      expect.arrayContaining([
        "vote",
        "a-hrc-res-25-1",
        "positions.0.citations.0",
        "outlet-copy",
        "Kazakhstan abstained",
      ]),
    );
    // Every citation of the record, once.
    const count = [data.events, data.statements, data.recommendations, data.uprReviews, data.membershipTerms]
      .flat()
      .reduce((n, r) => n + r.citations.length, 0);
    expect(rows.length).toBe(count + 1 /* role */ + 2 /* variants */ + 1 /* vote */ + 1 /* vote position */);
  });

  it("writes one row per recommendation with its cycle, states and response, and one per vote with totals and Kazakhstan's vote", () => {
    const [rHeader, ...recommendations] = rowsOf("recommendations");
    const rec = Object.fromEntries(
      rHeader!.map((h, i) => [h, recommendations.find((r) => r[0] === "upr-2-126-2")![i]]),
    );
    expect(rec).toMatchObject({
      reviewId: "upr-cycle-2",
      cycle: "2",
      number: "126.2",
      recommendingStateIds: "france; brazil",
      recommendingStates: "French Republic; Federative Republic of Brazil",
      response: "noted",
      sourceIds: "un-press-election",
    });
    const [vHeader, vote] = rowsOf("votes");
    const v = Object.fromEntries(vHeader!.map((h, i) => [h, vote![i]]));
    expect(v).toMatchObject({
      symbol: "A/HRC/RES/25/1",
      adopted: "true",
      totalsInFavour: "23",
      totalsAgainst: "12",
      totalsAbstaining: "12",
      kazakhstanVote: "abstained",
      kazakhstanVoteSourceIds: "outlet-copy",
    });
    expect(rowsOf("vote-positions")[1]).toEqual(["a-hrc-res-25-1", "0", "kazakhstan", "abstained"]);
  });

  it("gives one collection's table on its own, and refuses a collection that does not exist", () => {
    expect(collectionCsv(data, "topics", layouts).split("\r\n")[0]).toBe("id,pageUrl,name,description");
    for (const name of ["__proto__", "constructor", "toString"]) {
      expect(() => collectionCsv(data, name as never, layouts), name).toThrow(`unknown collection "${name}"`);
    }
  });
});
