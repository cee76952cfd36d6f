import { describe, expect, it } from "vitest";
import { createApi, dataset } from "../index.js";
import { fixtureApi } from "../test/fixture-api.js";
import type { RecordFacets } from "./filter.js";
import { listIndexedRecords } from "./indexed.js";
import { createSearchEngine, foldText, SEARCH_LIMITS, type SearchDocument, stemOf } from "./search-engine.js";

// What a browser gets: the documents after a trip through JSON.
const shipped = JSON.parse(JSON.stringify(listIndexedRecords(dataset))) as SearchDocument[];
const engine = createSearchEngine(shipped);
const api = createApi(dataset);

describe("createSearchEngine over shipped documents", () => {
  it.each([
    "death penalty",
    "tleuberdi",
    '"universal periodic review" kind:event',
    "torture year:2021..2024",
    "kind:statement member:yes",
    "perspective:civil-society sort:oldest",
    "constitutonal court", // a typo: fuzzy matching
    "death penalty -moratorium",
    "A/HRC/14/10",
    "kind:nonsense",
  ])("answers %j exactly as the query API does", (query) => {
    expect(engine.search(query, { limit: 1000 })).toEqual(api.search(query, { limit: 1000 }));
  });

  it("carries each dated record's membership status in its facets", () => {
    for (const doc of shipped) {
      if (doc.facets.date) expect(doc.facets.member).toBe(api.membershipContext(doc.facets.date).status);
      else expect(doc.facets.member).toBeUndefined();
    }
  });

  it("finds nothing in an empty index and never throws on hostile input", () => {
    const empty = createSearchEngine([]);
    expect(empty.search("anything").results).toEqual([]);
    expect(() => engine.search('\u001b[31m (( "unclosed kind: :: year:abc')).not.toThrow();
  });

  it("cuts snippets from the record's own words only (no id, no slug), with dates in words", () => {
    const byId = new Map(shipped.map((d) => [d.summary.id, d]));
    const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const months = new Set([
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december",
    ]);
    let checked = 0;
    for (const query of [
      "frontier post tass",
      "death penalty",
      "election 2012",
      "torture",
      "January 2022",
      "Tokayev",
      "A/HRC/14/10",
    ]) {
      for (const hit of engine.search(query, { limit: 100 }).results) {
        if (!hit.snippet) continue;
        checked += 1;
        expect(hit.snippet).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
        const own = new Set(wordsOf(byId.get(hit.id)?.text ?? ""));
        const foreign = wordsOf(hit.snippet).filter((w) => !own.has(w) && !months.has(w) && !/^\d{1,4}$/.test(w));
        expect(foreign, `${query} → ${hit.id}: ${hit.snippet}`).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

const facets = (kind: RecordFacets["kind"], type?: string, date?: string): RecordFacets => ({
  kind,
  ...(type ? { type } : {}),
  ...(date ? { date } : {}),
  topicIds: [],
  personIds: [],
  organizationIds: [],
  sourceIds: [],
  perspectives: [],
});
const doc = (
  kind: RecordFacets["kind"],
  id: string,
  title: string,
  text: string,
  extra: { type?: string; date?: string; names?: string } = {},
): SearchDocument => ({
  summary: { kind, id, title, ...(extra.date ? { date: extra.date } : {}) },
  facets: facets(kind, extra.type, extra.date),
  text,
  ...(extra.names ? { names: extra.names } : {}),
});
const ids = (e: ReturnType<typeof createSearchEngine>, query: string) =>
  e.search(query, { limit: 100 }).results.map((r) => r.id);

describe("how search matches words", () => {
  const small = createSearchEngine([
    doc("event", "torture-visit", "Special Rapporteur on torture visits", "A visit."),
    doc("event", "report", "Report", "Published."),
    doc("event", "reporter", "Reporter", "Interviewed."),
    doc("organization", "ivory-coast", "Republic of Côte d'Ivoire", "A state.", { names: "Côte d'Ivoire" }),
    doc("person", "turk", "Volker Türk", "High Commissioner."),
    doc("vote", "res-51-5", "Situation of human rights", "Adopted.", { names: "A/HRC/RES/51/5", type: "resolution" }),
    doc("event", "tort", "Tort law", "Civil wrongs."),
  ]);

  it("matches a one- or two-letter word whole only, and words of three letters and more by prefix", () => {
    expect(ids(small, "to")).toEqual([]);
    expect(ids(small, "tor")).toContain("torture-visit");
    expect(ids(small, "rep")).toEqual(expect.arrayContaining(["report", "reporter"]));
  });

  it("ranks a word typed whole before the longer words it starts", () => {
    expect(ids(small, "report")).toEqual(["report", "reporter"]);
  });

  it("forgives a typo in a word of five letters or more, never in a shorter one", () => {
    expect(ids(small, "torturr")).toContain("torture-visit");
    expect(ids(small, "torr")).not.toContain("tort");
    expect(ids(small, "tprt")).toEqual([]);
  });

  it("ignores accents and case", () => {
    for (const query of ["cote", "COTE", "côte", "Côte d’Ivoire"]) expect(ids(small, query)[0]).toBe("ivory-coast");
    expect(ids(small, "turk")).toEqual(["turk"]);
  });

  it("finds a record by its UN symbol whole, and by the symbol's parts", () => {
    expect(ids(small, "A/HRC/RES/51/5")).toEqual(["res-51-5"]);
    expect(ids(small, "a/hrc/res/51")).toEqual(["res-51-5"]);
    expect(ids(small, "hrc res")).toEqual(["res-51-5"]);
    expect(ids(small, "A/HRC/RES/51/6")).toEqual([]);
  });

  it("excludes records holding a word marked with a minus, in any of its forms", () => {
    const e = createSearchEngine([
      doc("event", "a", "Death penalty abolished", "The moratorium ended."),
      doc("event", "b", "Death penalty moratorium", "Declared."),
      doc("event", "c", "Death penalty debate", "Moratoriums discussed."),
      doc("event", "d", "Death penalty panel", "Held."),
    ]);
    expect(ids(e, "death penalty -moratorium").sort()).toEqual(["d"]);
    expect(ids(e, 'death -"penalty debate"').sort()).toEqual(["a", "b", "d"]);
    // Exclusions alone list every other record.
    expect(ids(e, "-abolished").sort()).toEqual(["b", "c", "d"]);
  });

  it("requires an exact phrase in order", () => {
    const e = createSearchEngine([doc("event", "a", "Penalty of death", "x"), doc("event", "b", "Death penalty", "x")]);
    expect(ids(e, '"death penalty"')).toEqual(["b"]);
    expect(ids(e, "death penalty").sort()).toEqual(["a", "b"]);
  });

  it("does not require common words, but does when they are all there is", () => {
    const e = createSearchEngine([doc("event", "a", "Kazakhstan elected", "x"), doc("event", "b", "The vote", "x")]);
    expect(ids(e, "when was kazakhstan elected")).toEqual(["a"]);
    expect(ids(e, "the")).toEqual(["b"]);
  });

  it("groups a word's forms: elected, election, elections", () => {
    expect(stemOf("election")).toBe(stemOf("elected"));
    expect(stemOf("elections")).toBe(stemOf("elect"));
    expect(stemOf("votes")).toBe(stemOf("voted"));
    expect(stemOf("voting")).toBe(stemOf("vote"));
    expect(stemOf("union")).toBe("union");
    const e = createSearchEngine([doc("event", "a", "Kazakhstan elected to the Council", "x")]);
    expect(ids(e, "election")).toEqual(["a"]);
  });

  it("folds diacritics and special letters", () => {
    expect(foldText("Côte d’Ivoire Ní Aoláin Türkiye Straße Łódź")).toBe(
      "cote d’ivoire ni aolain turkiye strasse lodz",
    );
    expect(foldText("Kazakhstan's report")).toBe("kazakhstan report");
  });
});

describe("how search ranks", () => {
  it("puts a title match before a match in the text", () => {
    const e = createSearchEngine([
      doc("event", "in-text", "Council session", "On torture and more."),
      doc("event", "in-title", "Torture report", "Published."),
    ]);
    expect(ids(e, "torture")).toEqual(["in-title", "in-text"]);
  });

  it("puts records that answer a question before the sources and open questions about them", () => {
    const e = createSearchEngine([
      doc("source", "s", "Kazakhstan elected to the Council", "A news report."),
      doc("unknown", "u", "Kazakhstan elected to the Council", "Open."),
      doc("event", "e", "Kazakhstan elected to the Council", "The vote."),
    ]);
    expect(ids(e, "kazakhstan elected")[0]).toBe("e");
    expect(ids(e, "kazakhstan elected").at(-1)).toBe("u");
  });

  it("favours records dated in a year typed over records that only mention it", () => {
    const e = createSearchEngine([
      doc("unknown", "mentions", "Ballots cast in the Council election", "Counted in 2012.", { type: "election" }),
      doc("event", "election-2021", "Kazakhstan elected to the Council", "Elected.", {
        type: "election",
        date: "2021-10-14",
      }),
      doc("event", "election-2012", "Kazakhstan elected to the Council", "Elected.", {
        type: "election",
        date: "2012-11-12",
      }),
    ]);
    expect(ids(e, "2012 election")).toEqual(["election-2012", "mentions"]);
    expect(ids(e, "election 2021")).toEqual(["election-2021"]);
  });

  it("favours records of the kind or type a word names", () => {
    const e = createSearchEngine([
      doc("event", "other", "Parliament debate", "Before the election of the speaker.", {
        type: "other",
        date: "2012-01-01",
      }),
      doc("event", "typed", "Kazakhstan joins the Council", "By secret ballot.", {
        type: "election",
        date: "2012-11-12",
      }),
      doc("vote", "vote", "Situation in Belarus", "Adopted.", { type: "resolution", date: "2013-06-13" }),
      doc("source", "news", "Belarus: a news report on the vote", "Published.", { type: "news", date: "2013-06-14" }),
    ]);
    expect(ids(e, "election")).toEqual(["typed", "other"]);
    expect(ids(e, "Belarus vote")[0]).toBe("vote");
  });

  it("puts the record a query names first: a person by name, an organization by its short name", () => {
    const e = createSearchEngine([
      doc(
        "statement",
        "st",
        "“Human Rights Watch urged Kazakhstan to act”",
        "Human Rights Watch urged Kazakhstan to act.",
      ),
      doc("organization", "hrw", "Human Rights Watch", "An NGO.", { names: "HRW" }),
      doc("event", "ev", "Human rights council session", "Watch this."),
    ]);
    expect(ids(e, "human rights watch")[0]).toBe("hrw");
    expect(ids(e, "hrw")).toEqual(["hrw"]);
  });
});

describe("search snippets", () => {
  const e = createSearchEngine([
    doc(
      "event",
      "frontier-post-tass-2021-12-29",
      "Kazakhstan abolishes the death penalty",
      "The law was signed on 2021-12-29 after a long debate.\nAstana\nThe President signed the law abolishing the death penalty.",
      { date: "2021-12-29" },
    ),
  ]);

  it("shows the record's own words around the match, with dates in words and no id", () => {
    const [hit] = e.search("signed").results;
    expect(hit?.snippet).toContain("signed on 29 December 2021");
    expect(hit?.snippet).not.toMatch(/frontier|tass|2021-12-29/);
  });

  it("joins the parts of the text readably", () => {
    const [hit] = e.search("debate astana").results;
    expect(hit?.snippet).toContain("long debate. Astana · The President");
  });
});

describe("search limits", () => {
  it.each([
    "kazakhstan",
    "human rights council",
    "2012 election",
    "torture kind:event",
    "death penalty sort:oldest",
    "rights -council",
  ])("gives for %j the first results of a longer list when asked for fewer", (query) => {
    const all = engine.search(query, { limit: 100_000 });
    expect(all.total).toBeGreaterThan(3);
    for (const limit of [0, 1, 3, 20]) {
      const some = engine.search(query, { limit });
      expect(some.total).toBe(all.total);
      expect(some.results).toEqual(all.results.slice(0, limit));
    }
  });
});

describe("search bounds", () => {
  it("searches at most a fixed number of words and says so", () => {
    const many = Array.from({ length: SEARCH_LIMITS.terms + 5 }, (_, i) => `word${i}`).join(" ");
    expect(engine.search(many).errors).toContain(`only the first ${SEARCH_LIMITS.terms} words are searched`);
    expect(engine.search("death penalty").errors).toEqual([]);
  });
});

describe("search over the fixture: every kind findable", () => {
  const fixture = fixtureApi();
  it.each([
    ["A/HRC/RES/25/1", "a-hrc-res-25-1"],
    ["promoting reconciliation", "a-hrc-res-25-1"],
    ["abolish death penalty recommendation", "upr-2-126-2"],
    ["death penalty Brazil", "upr-2-126-2"],
    ["126.2", "upr-2-126-2"],
    ["achievement claim", "claim"],
    ["membership 2013", "term-2013-2015"],
  ])("%j finds %s first", (query, id) => {
    expect(fixture.search(query).results[0]?.id).toBe(id);
  });
});
