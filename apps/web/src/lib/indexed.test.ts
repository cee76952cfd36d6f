import { createSearchEngine, type SearchDocument } from "@kz-hrc/core/search";
import { describe, expect, it } from "vitest";
import { api } from "./data";
import { indexedRecord, searchIndexJson } from "./indexed";

// The live search runs core's engine over /search-index.json: it must answer as the API does.
const engine = createSearchEngine(JSON.parse(searchIndexJson()) as SearchDocument[]);

describe("the search index the site serves", () => {
  it.each([
    "election",
    '"death penalty"',
    "kind:statement year:2019..2024",
    "perspective:civil-society",
    "member:yes sort:oldest",
    "tortur kind:event",
  ])("answers %j exactly as core's search does", (query) => {
    const served = engine.search(query, { limit: 1000 });
    expect(served.total).toBeGreaterThan(0);
    expect(served).toEqual(api.search(query, { limit: 1000 }));
  });

  it("holds one document per record", () => {
    const ids = (JSON.parse(searchIndexJson()) as SearchDocument[]).map((d) => d.summary.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(api.listSummaries().length);
    expect(indexedRecord(ids[0] ?? "")?.summary.id).toBe(ids[0]);
    expect(indexedRecord("no-such-record")).toBeUndefined();
  });
});
