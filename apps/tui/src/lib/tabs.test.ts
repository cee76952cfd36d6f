import { describe, expect, it } from "vitest";
import { visibleTabs } from "./tabs.js";

describe("visibleTabs", () => {
  const labels = ["Timeline", "Search", "People", "Organisations", "Sources", "Topics"];
  it("shows every tab when they fit", () => {
    expect(visibleTabs(labels, 0, 200)).toEqual({ start: 0, end: labels.length });
  });
  it("always includes the active tab when space is short", () => {
    const { start, end } = visibleTabs(labels, 5, 30);
    expect(start).toBeLessThanOrEqual(5);
    expect(end).toBe(6);
  });
});
