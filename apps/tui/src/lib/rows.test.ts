import { describe, expect, it } from "vitest";
import { columnWidths, formatRow } from "./rows.js";

const people: [string, string, string][] = [
  ["", "Alma Example", "Minister of Foreign Affairs"],
  ["", "Jan Observer", "Director for Central Asia"],
];

describe("list columns", () => {
  it("put the name first, then its context", () => {
    const row = formatRow(people[0] ?? ["", "", ""], columnWidths(people, 80));
    expect(row.indexOf("Alma Example")).toBe(0);
    expect(row.indexOf("Minister")).toBeGreaterThan(row.indexOf("Alma Example"));
  });
  it("are sized to the window: wider windows show more of long titles", () => {
    const long: [string, string, string][] = [["12 Nov 2012", "x".repeat(150), "context of some length"]];
    const narrow = columnWidths(long, 80);
    const wide = columnWidths(long, 160);
    expect(wide.title).toBeGreaterThan(narrow.title + 60);
    for (const width of [40, 80, 160])
      expect([...formatRow(long[0] ?? ["", "", ""], columnWidths(long, width))].length).toBeLessThanOrEqual(width - 2);
  });
  it("give short titles only what they need and the rest to the context", () => {
    const widths = columnWidths(people, 100);
    expect(widths.title).toBe("Alma Example".length);
    expect(widths.context).toBeGreaterThanOrEqual("Minister of Foreign Affairs".length);
  });
  it("drop the date column when no row is dated", () => {
    expect(columnWidths(people, 80).date).toBe(0);
  });
});
