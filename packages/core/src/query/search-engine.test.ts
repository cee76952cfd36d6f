import { describe, expect, it } from "vitest";
import { createApi, dataset } from "../index.js";
import { listIndexedRecords } from "./indexed.js";
import { createSearchEngine, type SearchDocument } from "./search-engine.js";

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
    expect(() => engine.search("\u001b[31m (( \"unclosed kind: :: year:abc")).not.toThrow();
  });
});
