import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { collectionOf, isRecordKind, kindNamed, kindOfSegment } from "../schemas/kinds.js";
import { fixtureFile } from "../test/fixture.js";
import { kindLabel } from "../text/wording.js";
import { createApi } from "./api.js";
import { parseQuery, readFilterValue } from "./grammar.js";
import { recordPath } from "./paths.js";

describe("dates in the query grammar", () => {
  it("names an impossible date instead of filtering on it", () => {
    for (const query of [
      "date:2012-13-45",
      "date:2011-02-29",
      "date:2012-04-31",
      "date:2012-00",
      "from:2012-13",
      "to:2024-02-30",
    ]) {
      const q = parseQuery(query);
      expect(q.errors, query).toHaveLength(1);
      expect(q.filter, query).toEqual({});
    }
    expect(parseQuery("date:2012-13-45").errors[0]).toBe(
      '"date:2012-13-45" is not a date or range such as 2012-11..2013',
    );
    expect(parseQuery("date:2012-02-29").filter).toEqual({ from: "2012-02-29", to: "2012-02-29" });
  });

  it("names a range that runs backwards", () => {
    expect(parseQuery("year:2012..2011")).toMatchObject({
      filter: {},
      errors: ['"year:2012..2011" runs backwards: 2012 comes after 2011'],
    });
    expect(parseQuery("date:2013-05..2013-04-30").errors).toEqual([
      '"date:2013-05..2013-04-30" runs backwards: 2013-05 comes after 2013-04-30',
    ]);
    expect(parseQuery("from:2015 to:2012").errors).toEqual(["the dates run backwards: 2015 comes after 2012"]);
    // A month inside its own year, and one year alone, are not backwards.
    expect(parseQuery("date:2012-11..2012").errors).toEqual([]);
    expect(parseQuery("year:2012..2012").errors).toEqual([]);
  });
});

describe("user text never reaches Object.prototype", () => {
  const api = createApi(loadDataset({ "data/test.json": fixtureFile() }, "test"));
  const hostile = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

  it("reads filters, kinds and values by own keys only", () => {
    for (const word of hostile) {
      const q = parseQuery(`kind:${word} perspective:${word} ${word}:x sort:${word} member:${word}`);
      expect(q.filter, word).toEqual({});
      expect(q.errors.length, word).toBeGreaterThanOrEqual(4);
      expect(readFilterValue({}, word as never, "x"), word).toBe(
        `unknown filter "${word}:" (known: kind, type, year, date, from, to, topic, person, org, source, perspective, member, sort)`,
      );
      expect(isRecordKind(word), word).toBe(false);
      expect(kindNamed(word), word).toBeUndefined();
      expect(kindOfSegment(word), word).toBeUndefined();
    }
  });

  it("finds no record and no list for such words, and says which kind is unknown where a kind is required", () => {
    for (const word of hostile) {
      expect(api.getRecord(word), word).toBeUndefined();
      expect(api.getSource(word), word).toBeUndefined();
      expect(api.getSummary(word), word).toBeUndefined();
      expect(api.list(word as never), word).toEqual([]);
      expect(api.listSummaries(word as never), word).toEqual([]);
      expect(api.search(word).results ?? [], word).toBeDefined();
      expect(() => collectionOf(word as never), word).toThrow(`unknown record kind "${word}"`);
      expect(() => kindLabel(word as never), word).toThrow(`unknown record kind "${word}"`);
      expect(() => recordPath(word as never, "x"), word).toThrow(`unknown record kind "${word}"`);
    }
  });
});
