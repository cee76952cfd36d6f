import { describe, expect, it } from "vitest";
import {
  matchesTimeline,
  parseTimelineParams,
  readTimelineItem,
  type TimelineItem,
  timelineItemAttributes,
  toTimelineParams,
} from "./timeline-filter";

const item: TimelineItem = {
  year: 2012,
  type: "election",
  topics: ["council-membership"],
  people: ["p-1"],
  orgs: ["un-general-assembly"],
  perspectives: ["intergovernmental"],
};

describe("timeline filter state and the URL", () => {
  it("reads every filter and the order from the query string", () => {
    const state = parseTimelineParams(
      new URLSearchParams(
        "from=2012&to=2024&type=election&topic=death-penalty&person=p-1&org=ohchr&perspective=civil-society&order=oldest",
      ),
    );
    expect(state).toEqual({
      from: "2012",
      to: "2024",
      type: "election",
      topic: "death-penalty",
      person: "p-1",
      org: "ohchr",
      perspective: "civil-society",
      order: "oldest",
    });
  });

  it("writes back the same query string it read", () => {
    const query = "from=2012&to=2024&type=election&topic=death-penalty&order=oldest";
    expect(toTimelineParams(parseTimelineParams(new URLSearchParams(query))).toString()).toBe(query);
  });

  it("leaves out the default order and empty filters", () => {
    expect(toTimelineParams({ order: "newest", type: "" }).toString()).toBe("");
  });

  it("reads the event type from type=, as the query grammar does, and ignores kind=", () => {
    expect(parseTimelineParams(new URLSearchParams("kind=election"))).toEqual({ order: "newest" });
    expect(parseTimelineParams(new URLSearchParams("type=vote")).type).toBe("vote");
  });

  it("ignores values of the wrong shape", () => {
    const state = parseTimelineParams(new URLSearchParams("from=20x2&to=<script>&type=Not A Slug&order=sideways"));
    expect(state).toEqual({ order: "newest" });
  });
});

describe("matchesTimeline", () => {
  it("passes an event that meets every filter", () => {
    expect(
      matchesTimeline(item, {
        order: "newest",
        from: "2010",
        to: "2012",
        type: "election",
        topic: "council-membership",
        perspective: "intergovernmental",
      }),
    ).toBe(true);
  });

  it("drops an event outside the year range", () => {
    expect(matchesTimeline(item, { order: "newest", from: "2013" })).toBe(false);
    expect(matchesTimeline(item, { order: "newest", to: "2011" })).toBe(false);
  });

  it("drops an event of another kind, topic, person, organization or perspective", () => {
    for (const key of ["type", "topic", "person", "org", "perspective"] as const) {
      expect(matchesTimeline(item, { order: "newest", [key]: "something-else" })).toBe(false);
    }
  });

  it("reads back the facets it writes into data attributes", () => {
    const attributes = timelineItemAttributes(item);
    const dataset = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k.replace("data-", ""), v]));
    expect(readTimelineItem(dataset)).toEqual(item);
  });
});
