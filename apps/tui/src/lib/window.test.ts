import { describe, expect, it } from "vitest";
import { moveCursor, windowStart } from "./window.js";

describe("moveCursor", () => {
  it("stays inside the list", () => {
    expect(moveCursor(0, "up", 5, 3)).toBe(0);
    expect(moveCursor(4, "down", 5, 3)).toBe(4);
    expect(moveCursor(0, "bottom", 5, 3)).toBe(4);
    expect(moveCursor(4, "top", 5, 3)).toBe(0);
    expect(moveCursor(0, "pageDown", 100, 10)).toBe(9);
    expect(moveCursor(0, "down", 0, 10)).toBe(0);
  });
  it("skips lines that cannot be selected", () => {
    const selectable = (i: number) => i !== 1 && i !== 2;
    expect(moveCursor(0, "down", 5, 3, selectable)).toBe(3);
    expect(moveCursor(3, "up", 5, 3, selectable)).toBe(0);
  });
});

describe("windowStart", () => {
  it("draws from the top while the cursor is near it", () => {
    expect(windowStart(2, 100, 10)).toBe(0);
  });
  it("keeps the cursor in view and never scrolls past the end", () => {
    const start = windowStart(50, 100, 10);
    expect(start).toBeLessThanOrEqual(50);
    expect(start + 10).toBeGreaterThan(50);
    expect(windowStart(99, 100, 10)).toBe(90);
    expect(windowStart(5, 3, 10)).toBe(0);
  });
});
