import { createApi } from "@kz-hrc/core";
import { loadDataset } from "@kz-hrc/core/schemas";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../../bench/synthetic.mjs";
import { searchDocsFor } from "./indexed";
import { fold, searchDocs } from "./search-match";

const api = createApi(loadDataset({ "data/synthetic.json": syntheticDataset(80) }, "test"));
const docs = searchDocsFor(api);
const ids = (list: readonly { id: string }[]) => list.map((d) => d.id).sort();

describe("searchDocs", () => {
  it.each([
    "kind:event",
    "year:2012..2014",
    "topic:synthetic-topic-3",
    "perspective:civil-society",
    "member:yes",
    "member:no kind:statement",
    "kind:statement person:synthetic-person-2",
    "type:election org:synthetic-org-1",
    "date:2013-06..2015",
  ])("finds the same records as core's search for %s", (query) => {
    const client = searchDocs(docs, query).hits.map((h) => h.doc);
    const core = api.search(query, { limit: 100_000 }).results;
    expect(client.length).toBeGreaterThan(0);
    expect(ids(client)).toEqual(ids(core));
  });

  it("matches every free word as a word prefix", () => {
    const { hits } = searchDocs(docs, "tortu");
    expect(hits.length).toBeGreaterThan(0);
    for (const { doc } of hits) expect(fold(`${doc.title} ${doc.text}`)).toMatch(/\btortu/);
  });

  it("ranks title matches first", () => {
    const { hits } = searchDocs(docs, "synthetic event 7");
    expect(hits[0]?.doc.title.startsWith("Synthetic event 7")).toBe(true);
  });

  it("asks nothing for an empty query", () => {
    expect(searchDocs(docs, "   ")).toEqual({ hits: [], errors: [], asked: false });
  });

  it("reports bad filters as errors and never throws on hostile input", () => {
    expect(searchDocs(docs, "kind:spaceship").errors[0]).toMatch(/unknown kind/);
    const hostile = `${"\u0000\u202e<script>alert(1)</script>".repeat(40)} year:abc "unclosed`;
    const outcome = searchDocs(docs, hostile);
    expect(outcome.errors.length).toBeGreaterThan(0);
    expect(Array.isArray(outcome.hits)).toBe(true);
  });

  it("sorts oldest first when asked", () => {
    const dates = searchDocs(docs, "kind:event sort:oldest").hits.map((h) => h.doc.date ?? "");
    expect(dates).toEqual([...dates].sort((a, b) => a.localeCompare(b)));
  });
});
