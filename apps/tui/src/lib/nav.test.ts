import { describe, expect, it } from "vitest";
import { back, currentView, cycleSection, goToSection, initialNav, openRecord, replaceTop } from "./nav.js";
import { SECTIONS } from "./sections.js";

describe("navigation", () => {
  it("starts on the timeline at the top", () => {
    expect(currentView(initialNav())).toMatchObject({ type: "section", section: "timeline", cursor: 0, query: "" });
  });
  it("opens a record on top and comes back to the cursor where it was", () => {
    const at7 = replaceTop(initialNav(), (v) => ({ ...v, cursor: 7 }) as typeof v);
    const opened = openRecord(at7, { kind: "event", id: "e" });
    expect(currentView(opened)).toMatchObject({ type: "record", ref: { id: "e" }, line: 0 });
    expect(currentView(back(opened))).toMatchObject({ type: "section", section: "timeline", cursor: 7 });
  });
  it("keeps every section's own stack across Tab", () => {
    const state = cycleSection(openRecord(initialNav(), { kind: "event", id: "e" }), 1);
    expect(state.section).toBe("search");
    expect(currentView(cycleSection(state, -1))).toMatchObject({ type: "record", ref: { id: "e" } });
  });
  it("wraps around the sections, which follow core's kinds", () => {
    expect(cycleSection(initialNav(), -1).section).toBe("unknown");
    expect(SECTIONS.map((s) => s.label)).toEqual([
      "Timeline",
      "Search",
      "Sources",
      "People",
      "Organizations",
      "Statements",
      "Membership terms",
      "UPR reviews",
      "UPR recommendations",
      "Council votes",
      "Reforms",
      "Topics",
      "Discrepancies",
      "Unknowns",
    ]);
  });
  it("does nothing on back at the bottom of a stack with no filter", () => {
    const start = initialNav();
    expect(back(start)).toBe(start);
  });
  it("jumps to a section with its query line focused", () => {
    expect(currentView(goToSection(initialNav(), "search", true))).toMatchObject({ section: "search", editing: true });
  });
});
