import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { fixtureFile } from "../test/fixture.js";
import { fixtureApi } from "../test/fixture-api.js";
import { createApi } from "./api.js";

const api = fixtureApi();

describe("getters", () => {
  it("returns the record for a known id and undefined for an unknown one or another kind", () => {
    expect(api.getEvent("election-2012")?.title).toBe("Kazakhstan elected to the Council");
    expect(api.getEvent("nope")).toBeUndefined();
    expect(api.getEvent("claim")).toBeUndefined();
    expect(api.getRecord("claim")?.kind).toBe("statement");
  });
});

describe("listTimeline", () => {
  it("orders events oldest first, or newest first", () => {
    expect(api.listTimeline().map((e) => e.id)).toEqual(["election-2012", "speech-2021"]);
    expect(api.listTimeline({ order: "newest" }).map((e) => e.id)).toEqual(["speech-2021", "election-2012"]);
  });

  it("filters by date range, kind, topic, person, organization and perspective", () => {
    expect(api.listTimeline({ from: "2013" }).map((e) => e.id)).toEqual(["speech-2021"]);
    expect(api.listTimeline({ to: "2012-11" }).map((e) => e.id)).toEqual(["election-2012"]);
    expect(api.listTimeline({ types: ["election"] }).map((e) => e.id)).toEqual(["election-2012"]);
    expect(api.listTimeline({ topicIds: ["death-penalty"] }).map((e) => e.id)).toEqual(["speech-2021"]);
    expect(api.listTimeline({ personIds: ["a-minister"] }).map((e) => e.id)).toEqual(["speech-2021"]);
    expect(api.listTimeline({ organizationIds: ["kazakhstan"] }).map((e) => e.id)).toEqual(["election-2012"]);
    expect(api.listTimeline({ perspectives: ["intergovernmental"] }).map((e) => e.id)).toEqual(["election-2012"]);
    expect(api.listTimeline({ perspectives: ["academic"] })).toEqual([]);
  });

  it("filters by membership on the event's date", () => {
    expect(api.listTimeline({ member: false }).map((e) => e.id)).toEqual(["election-2012", "speech-2021"]);
    expect(api.listTimeline({ member: true })).toEqual([]);
  });
});

describe("membershipContext", () => {
  it("says member inside a term, not-member outside, uncertain across a boundary", () => {
    expect(api.membershipContext("2014-06-01")).toMatchObject({ status: "member", term: { id: "term-2013-2015" } });
    expect(api.membershipContext("2012-11-12").status).toBe("not-member");
    expect(api.membershipContext("2016").status).toBe("not-member");
    expect(api.membershipContext("2015").status).toBe("member");
    expect(api.membershipContext("2012-12")).toMatchObject({ status: "not-member" });
  });
});

describe("relations", () => {
  it("links a claim to its assessments and back", () => {
    expect(api.listAssessmentsOf("claim").map((a) => [a.statement.id, a.relation])).toEqual([
      ["assessment", "contradicts"],
    ]);
    expect(api.listClaimsAssessedBy("assessment").map((a) => a.statement.id)).toEqual(["claim"]);
    expect(api.listAssessmentsOf("unknown-id")).toEqual([]);
  });

  it("lists a state's recorded votes, oldest first, within a date range", () => {
    const file = fixtureFile();
    const [vote] = file.votes!;
    const position = (cast: "in-favour" | "against" | "abstained") => [{ ...vote!.positions![0]!, vote: cast }];
    file.votes = [
      { ...vote!, id: "vote-2014", symbol: "A/HRC/RES/27/1", date: "2014-09-26", positions: position("abstained") },
      { ...vote!, id: "vote-2013", symbol: "A/HRC/RES/22/1", date: "2013-03-21", positions: position("in-favour") },
      { ...vote!, id: "vote-2015", symbol: "A/HRC/RES/28/1", date: "2015", positions: position("against") },
      { ...vote!, id: "vote-unsourced", symbol: "A/HRC/RES/28/2", date: "2015-03-27", positions: [] },
    ];
    const votes = createApi(loadDataset({ "data/test.json": file }, "test"));
    expect(votes.listVotesOf("kazakhstan").map((v) => [v.record.id, v.vote])).toEqual([
      ["vote-2013", "in-favour"],
      ["vote-2014", "abstained"],
      ["vote-2015", "against"],
    ]);
    // A vote dated only "2015" falls within a range ending on 31 December 2015.
    expect(votes.listVotesOf("kazakhstan", { from: "2014-01-01", to: "2015-12-31" }).map((v) => v.record.id)).toEqual([
      "vote-2014",
      "vote-2015",
    ]);
    expect(votes.listVotesOf("watchdog")).toEqual([]);
  });

  it("lists a review's recommendations in the report's order and a state's recommendations", () => {
    // 124.10 comes after 124.9 and before 126.2: numbers compare part by part.
    expect(api.listRecommendationsOfReview("upr-cycle-2").map((r) => r.number)).toEqual(["124.10", "126.2"]);
    expect(api.listRecommendationsByState("france").map((r) => r.id)).toEqual(["upr-2-126-2"]);
    expect(api.listRecommendationsOfReview("upr-cycle-9")).toEqual([]);
  });

  it("summarizes a recommendation by cycle, states and response, and a vote by symbol and Kazakhstan's vote", () => {
    expect(api.getSummary("upr-2-126-2")?.subtitle).toBe(
      "UPR cycle 2 · French Republic, Federative Republic of Brazil · Noted",
    );
    expect(api.getSummary("a-hrc-res-25-1")?.subtitle).toBe("A/HRC/RES/25/1 · Kazakhstan: abstained");
  });

  it("does not list a recommendation's own text among its citations", () => {
    expect(api.listCitationsOf({ kind: "recommendation", id: "upr-2-126-2" }).map((c) => c.quote)).toEqual([
      "did not enjoy the support",
    ]);
  });

  it("finds statements, events and citations of people, organizations and records", () => {
    expect(api.listStatementsBySpeaker("a-minister").map((s) => s.id)).toEqual(["claim"]);
    expect(api.listStatementsByOrganization("watchdog").map((s) => s.id)).toEqual(["assessment"]);
    expect(api.listEventsByPerson("a-minister").map((e) => e.id)).toEqual(["speech-2021"]);
    expect(api.listEventsByOrganization("kazakhstan").map((e) => e.id)).toEqual(["election-2012"]);
    expect(api.listCitationsOf({ kind: "event", id: "election-2012" })).toHaveLength(1);
  });

  it("counts origins, not outlets", () => {
    expect(api.listRepublicationsOf("un-press-election").map((s) => s.id)).toEqual(["outlet-copy"]);
    expect(api.originOf("outlet-copy")?.id).toBe("un-press-election");
    const both = [
      { sourceId: "un-press-election", quote: "a" },
      { sourceId: "outlet-copy", quote: "b" },
    ];
    expect(api.countOrigins(both)).toBe(1);
  });

  it("finds the discrepancies and unknowns that touch a record", () => {
    expect(api.listDiscrepanciesAbout({ kind: "event", id: "election-2012" }).map((d) => d.id)).toEqual([
      "election-date",
    ]);
    expect(api.listUnknownsAbout({ kind: "event", id: "election-2012" }).map((u) => u.id)).toEqual(["votes-2021"]);
    expect(api.listDiscrepanciesAbout({ kind: "event", id: "speech-2021" })).toEqual([]);
  });
});

describe("search", () => {
  it("ranks title matches and finds by prefix", () => {
    const { results } = api.search("elect");
    expect(results[0]?.id).toBe("election-2012");
  });

  it("narrows text with filters, and lists by filters alone newest first", () => {
    expect(
      api
        .search("death kind:statement")
        .results.map((r) => r.id)
        .sort(),
    ).toEqual(["assessment", "claim"]);
    expect(api.search("kind:event").results.map((r) => r.id)).toEqual(["speech-2021", "election-2012"]);
    expect(api.search("kind:event sort:oldest").results.map((r) => r.id)).toEqual(["election-2012", "speech-2021"]);
  });

  it("matches exact phrases", () => {
    expect(api.search('"abolition is not complete"').results.map((r) => r.id)).toContain("assessment");
    expect(api.search('"complete is not abolition"').results).toEqual([]);
  });

  it("returns nothing for an empty or hostile query, and reports errors", () => {
    expect(api.search("").results).toEqual([]);
    expect(api.search("\u001b[31m ((( *** ").results).toEqual([]);
    const bad = api.search("colour:red death");
    expect(bad.errors[0]).toContain("unknown filter");
  });
});
