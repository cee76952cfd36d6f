import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "./timeline-entries";
import { groupByYear, timelineHtml } from "./timeline-html";

const event = (id: string, date: string, title = id): TimelineEntry => ({
  kind: "event",
  id,
  title,
  date,
  type: "election",
  typeLabel: "Election",
});

describe("timeline HTML", () => {
  it("groups events by year in the order given", () => {
    const groups = groupByYear([event("a", "2021-02"), event("b", "2021"), event("c", "2012-11-12")]);
    expect(groups.map(([year, list]) => [year, list.map((e) => e.id)])).toEqual([
      [2021, ["a", "b"]],
      [2012, ["c"]],
    ]);
  });

  it("escapes titles and writes the facets the filter reads", () => {
    const html = timelineHtml([event("a", "2012-11-12", 'Vote <script>alert("x")</script>')]);
    expect(html).not.toContain("<script>");
    expect(html).toContain("Vote &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain('data-year="2012"');
    expect(html).toContain('data-type="election"');
    expect(html).toContain('<time datetime="2012-11-12">12 November 2012</time>');
    expect(html).toContain('<h2 id="year-2012">2012</h2>');
  });

  it("links a vote to its own page and files it under the vote type", () => {
    const vote: TimelineEntry = {
      kind: "vote",
      id: "a-hrc-res-51-5",
      title: "Sri Lanka",
      date: "2022-10-06",
      type: "vote",
      typeLabel: "Council vote",
      session: "HRC 51",
    };
    const html = timelineHtml([vote]);
    expect(html).toContain('href="/votes/a-hrc-res-51-5/"');
    expect(html).toContain('data-type="vote"');
    expect(html).toContain("Council vote · HRC 51");
  });
});
