import { describe, expect, it } from "vitest";
import { createApi, dataset } from "../index.js";
import { listIndexedRecords } from "./indexed.js";

describe("listIndexedRecords", () => {
  it("gives one entry per record, with the same summaries as listSummaries", () => {
    const indexed = listIndexedRecords(dataset);
    expect(indexed.map((d) => d.summary)).toEqual(createApi(dataset).listSummaries());
  });

  it("gives facets that agree with listRecords for every topic", () => {
    const api = createApi(dataset);
    const indexed = listIndexedRecords(dataset);
    for (const topic of api.listTopics()) {
      const viaFacets = indexed.filter((d) => d.facets.topicIds.includes(topic.id)).map((d) => d.summary.id).sort();
      const viaFilter = api.listRecords({ topicIds: [topic.id] }).map((s) => s.id).sort();
      expect(viaFacets).toEqual(viaFilter);
    }
  });

  it("returns an empty list for an empty dataset", () => {
    const empty = { ...dataset, sources: [], people: [], organizations: [], events: [], statements: [], membershipTerms: [], uprReviews: [], reforms: [], topics: [], discrepancies: [], unknowns: [] };
    expect(listIndexedRecords(empty)).toEqual([]);
  });
});
