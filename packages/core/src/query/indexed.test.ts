import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { COLLECTION_NAMES } from "../schemas/kinds.js";
import { fixtureFile } from "../test/fixture.js";
import { createApi } from "./api.js";
import { listIndexedRecords } from "./indexed.js";

const data = loadDataset({ "data/test.json": fixtureFile() }, "test");

describe("listIndexedRecords", () => {
  it("gives one entry per record of every collection, each id once", () => {
    const ids = listIndexedRecords(data).map((d) => d.summary.id);
    const expected = COLLECTION_NAMES.flatMap((name) => data[name].map((r) => r.id));
    expect(ids.sort()).toEqual(expected.sort());
  });

  it("gives the facets a filter needs: a recommendation's states and topics, a vote's state", () => {
    const byId = new Map(listIndexedRecords(data).map((d) => [d.summary.id, d]));
    expect(byId.get("upr-2-126-2")?.facets).toMatchObject({
      kind: "recommendation",
      type: "noted",
      organizationIds: ["france", "brazil"],
      topicIds: ["death-penalty"],
      sourceIds: ["un-press-election"],
      perspectives: ["intergovernmental"],
    });
    expect(byId.get("a-hrc-res-25-1")?.facets).toMatchObject({
      kind: "vote",
      type: "resolution",
      organizationIds: ["kazakhstan"],
      member: "member",
    });
    expect(byId.get("claim")?.facets.personIds).toEqual(["a-minister"]);
  });

  it("gives facets that agree with listRecords for every topic", () => {
    const api = createApi(data);
    const indexed = listIndexedRecords(data);
    for (const topic of api.listTopics()) {
      const viaFacets = indexed
        .filter((d) => d.facets.topicIds.includes(topic.id))
        .map((d) => d.summary.id)
        .sort();
      const viaFilter = api
        .listRecords({ topicIds: [topic.id] })
        .map((s) => s.id)
        .sort();
      expect(viaFacets.length).toBeGreaterThan(0);
      expect(viaFacets).toEqual(viaFilter);
    }
  });

  it("returns an empty list for an empty dataset", () => {
    const empty = {
      version: "x",
      ...Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])),
    } as unknown as typeof data;
    expect(listIndexedRecords(empty)).toEqual([]);
  });
});
