import { describe, expect, it } from "vitest";
import { currentView, initialNav, navReducer, type NavAction, type NavState } from "./nav.js";

const run = (actions: NavAction[], state: NavState = initialNav()) => actions.reduce(navReducer, state);

describe("navReducer", () => {
  it("starts on the timeline at the top", () => {
    expect(currentView(initialNav())).toMatchObject({ type: "section", section: "timeline", cursor: 0 });
  });
  it("opens a record on top and comes back to the cursor where it was", () => {
    const state = run([{ type: "cursor", cursor: 7 }, { type: "open", ref: { kind: "event", id: "e" } }, { type: "cursor", cursor: 3 }]);
    expect(currentView(state)).toMatchObject({ type: "record", ref: { id: "e" }, cursor: 3 });
    const back = navReducer(state, { type: "back" });
    expect(currentView(back)).toMatchObject({ type: "section", section: "timeline", cursor: 7 });
  });
  it("keeps every section's own stack across Tab", () => {
    const state = run([{ type: "open", ref: { kind: "event", id: "e" } }, { type: "cycle", delta: 1 }]);
    expect(state.section).toBe("search");
    const returned = navReducer(state, { type: "cycle", delta: -1 });
    expect(currentView(returned)).toMatchObject({ type: "record", ref: { id: "e" } });
  });
  it("wraps around the sections", () => {
    expect(navReducer(initialNav(), { type: "cycle", delta: -1 }).section).toBe("unknowns");
  });
  it("does nothing on back at the bottom of a stack, but leaves the query line", () => {
    const start = initialNav();
    expect(navReducer(start, { type: "back" })).toBe(start);
    const editing = run([{ type: "editing", editing: true }]);
    expect(currentView(navReducer(editing, { type: "back" }))).toMatchObject({ editing: false });
  });
  it("resets the cursor when the query changes", () => {
    const state = run([{ type: "cursor", cursor: 5 }, { type: "query", query: "year:2012" }]);
    expect(currentView(state)).toMatchObject({ query: "year:2012", cursor: 0 });
  });
  it("jumps to search with the query line focused, and closes help on back", () => {
    const state = run([{ type: "section", section: "search", editing: true }]);
    expect(currentView(state)).toMatchObject({ section: "search", editing: true });
    const help = run([{ type: "help" }]);
    expect(help.help).toBe(true);
    expect(navReducer(help, { type: "back" }).help).toBe(false);
  });
});
