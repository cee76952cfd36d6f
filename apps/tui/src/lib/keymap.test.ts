import { describe, expect, it } from "vitest";
import { actionFor, FOOTER, KEYMAP, keyPresses } from "./keymap.js";

describe("keymap", () => {
  it("maps arrows and vi keys to the same moves", () => {
    expect(actionFor("", { downArrow: true })).toBe("down");
    expect(actionFor("j", {})).toBe("down");
    expect(actionFor("k", {})).toBe("up");
    expect(actionFor("g", {})).toBe("top");
    expect(actionFor("G", { shift: true })).toBe("bottom");
    expect(actionFor("", { pageDown: true })).toBe("pageDown");
  });
  it("goes back on Esc, Backspace and the DEL that terminals send for Backspace", () => {
    expect(actionFor("", { escape: true })).toBe("back");
    expect(actionFor("", { backspace: true })).toBe("back");
    expect(actionFor("", { delete: true })).toBe("back");
  });
  it("tells Tab from Shift-Tab, and quits on q and Ctrl-C", () => {
    expect(actionFor("", { tab: true })).toBe("nextSection");
    expect(actionFor("", { tab: true, shift: true })).toBe("previousSection");
    expect(actionFor("q", {})).toBe("quit");
    expect(actionFor("c", { ctrl: true })).toBe("quit");
    expect(actionFor("x", {})).toBeUndefined();
  });
  it("lists in the footer only keys that the map binds", () => {
    for (const part of FOOTER.split("  ")) expect(KEYMAP.some((b) => b.footer === part)).toBe(true);
    expect(FOOTER).toContain("? help");
  });
  it("splits a run of characters into single key presses", () => {
    expect(keyPresses("jj\r", {}).map(([i, k]) => actionFor(i, k))).toEqual(["down", "down", "open"]);
    expect(keyPresses("j", {})).toEqual([["j", {}]]);
  });
});
