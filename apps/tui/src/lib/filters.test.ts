import { beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../../test/fixture.js";
import {
  isPartialDate,
  matchesText,
  recommendationQuery,
  selectRecords,
  textFilter,
  timelineEvents,
  timelineQuery,
  voteQuery,
} from "./filters.js";
import type { Loaded } from "./load.js";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadFixture();
});
const flags = (entries: Record<string, string[]>) => new Map(Object.entries(entries));
const timeline = (f: Record<string, string[]>, text = "") => {
  const q = timelineQuery(loaded.api, flags(f), text);
  return { ids: timelineEvents(loaded.api, q).map((s) => s.id), errors: q.errors };
};
const recommendations = (f: Record<string, string[]>, text = "") => {
  const q = recommendationQuery(loaded.api, flags(f), text);
  return {
    ids: selectRecords(loaded.api, loaded.api.listRecommendations(), q).map((s) => s.id),
    errors: q.errors,
  };
};
const votes = (f: Record<string, string[]>) => {
  const q = voteQuery(loaded.api, flags(f), "");
  return {
    ids: selectRecords(loaded.api, loaded.api.listVotes(), q).map((s) => s.id),
    errors: q.errors,
  };
};

describe("isPartialDate", () => {
  it("accepts dates that exist at any precision, and nothing else", () => {
    for (const ok of ["2012", "2012-11", "2012-11-30", "2012-02-29"]) expect(isPartialDate(ok), ok).toBe(true);
    for (const bad of ["2012-13", "2012-00", "2013-02-29", "2012-11-31", "12", "2012-1", "2012/11", ""])
      expect(isPartialDate(bad), bad).toBe(false);
  });
});

describe("timeline flags", () => {
  it("become core's filter directly: type, dates, topic by id or name, order", () => {
    expect(timeline({ from: ["2012"], to: ["2014"], type: ["election"] }).ids).toEqual(["hrc-election-2012"]);
    expect(timeline({ topic: ["Death penalty"], order: ["newest"] }).ids).toEqual([
      "death-penalty-law-2021",
      "hrc-session-22-high-level",
    ]);
    expect(timeline({ person: ["alma-example"] }).ids).toContain("hrc-election-2012");
  });
  it("merge with the grammar in the words", () => {
    expect(timeline({ type: ["election"] }, "year:2012").ids).toEqual(["hrc-election-2012"]);
  });
  it("name the flag in every problem, with a suggestion", () => {
    expect(timeline({ from: ["2012-13"] }).errors).toEqual([
      '--from takes a date such as 2012, 2012-11 or 2012-11-12; "2012-13" is not one',
    ]);
    expect(timeline({ from: ["2020"], to: ["2012"] }).errors[0]).toBe("--from 2020 is after --to 2012");
    expect(timeline({ type: ["electon"] }).errors[0]).toMatch(
      /^--type takes an event type; unknown "electon" \(did you mean election\?\)/,
    );
    expect(timeline({ topic: ["deth-penalty"] }).errors[0]).toMatch(
      /^--topic .*no topic "deth-penalty" \(did you mean death-penalty\?\)/,
    );
    expect(timeline({ order: ["up"] }).errors[0]).toMatch(/^--order takes oldest or newest; unknown "up"/);
    expect(timeline({ member: ["perhaps"] }).errors[0]).toMatch(/^--member takes yes or no/);
    expect(timeline({ perspective: ["nope"] }).errors[0]).toMatch(/^--perspective takes a perspective/);
  });
  it("take --kind as the record kind only: an event type there is an error that says --type", () => {
    expect(timeline({ kind: ["event"] }).errors).toEqual([]);
    expect(timeline({ kind: ["election"] }).errors[0]).toMatch(
      /--kind takes a record kind.*"election" is an event type \(did you mean --type election\?\)/,
    );
    expect(timeline({ kind: ["people"] }).errors[0]).toMatch(/kz-hrc list person/);
  });
  it("never look user input up in a plain object", () => {
    for (const word of ["__proto__", "constructor", "toString"]) {
      expect(timeline({ type: [word] }).errors.length, word).toBe(1);
      expect(timeline({ topic: [word] }).errors.length, word).toBe(1);
      expect(timeline({ perspective: [word] }).errors.length, word).toBe(1);
      expect(recommendations({ response: [word] }).errors.length, word).toBe(1);
      expect(votes({ vote: [word], term: [word] }).errors.length, word).toBe(2);
    }
  });
});

describe("recommendation flags", () => {
  it("filter by cycle, response (supported means any supported), state by name, topic and words", () => {
    expect(recommendations({ cycle: ["1"] }).ids).toEqual(["upr-1-90-1"]);
    expect(recommendations({ response: ["noted"] }).ids).toEqual(["upr-2-122-1"]);
    expect(recommendations({ response: ["supported"], cycle: ["2"] }).ids).toEqual(["upr-2-120-1", "upr-2-120-2"]);
    expect(recommendations({ state: ["Côte-Exemple"] }).ids).toEqual(["upr-2-120-2", "upr-2-122-1"]);
    expect(recommendations({ state: ["exampleland"], topic: ["freedom-of-expression"] }).ids).toEqual(["upr-2-122-1"]);
    expect(recommendations({}, "death -moratorium").ids).toEqual(["upr-2-120-1"]);
  });
  it("name the flag and suggest", () => {
    expect(recommendations({ cycle: ["7"] }).errors[0]).toMatch(
      /^--cycle takes a UPR cycle; no cycle "7".*known: 1, 2/,
    );
    expect(recommendations({ response: ["notd"] }).errors[0]).toMatch(
      /^--response takes a response; unknown "notd" \(did you mean noted\?\)/,
    );
    expect(recommendations({ state: ["Examplelnd"] }).errors[0]).toMatch(
      /^--state .*no recommending state "Examplelnd" \(did you mean exampleland\?\)/,
    );
  });
});

describe("vote flags", () => {
  it("filter by term, Kazakhstan's vote (or none sourced), topic and dates", () => {
    expect(votes({ term: ["2013-2015"] }).ids).toEqual(["a-hrc-res-22-1", "a-hrc-res-25-2", "a-hrc-res-28-3"]);
    expect(votes({ vote: ["against"] }).ids).toEqual(["a-hrc-res-22-1"]);
    expect(votes({ vote: ["not-sourced"], term: ["2013–2015"] }).ids).toEqual(["a-hrc-res-28-3"]);
    expect(votes({ topic: ["death-penalty"] }).ids).toEqual(["a-hrc-res-25-2"]);
    expect(votes({ from: ["2016"] }).ids).toEqual(["a-hrc-res-43-1"]);
  });
  it("name the flag and suggest", () => {
    expect(votes({ term: ["2013-2016"] }).errors[0]).toMatch(
      /^--term .*no term "2013-2016" \(did you mean 2013-2015\?\)/,
    );
    expect(votes({ vote: ["abstain"] }).errors[0]).toMatch(
      /^--vote takes Kazakhstan's vote; unknown "abstain" \(did you mean abstained\?\)/,
    );
  });
});

describe("text filter", () => {
  it("matches every word, accents and case aside, and leaves out -words", () => {
    expect(matchesText("République de Côte-Exemple", textFilter("cote republique"))).toBe(true);
    expect(matchesText("Côte", textFilter("CÔTE"))).toBe(true);
    expect(matchesText("torture and ill-treatment", textFilter("-torture"))).toBe(false);
    expect(matchesText("anything", textFilter(""))).toBe(true);
  });
});
