import { describe, expect, it } from "vitest";
import { actionFor, footerOf, KEYMAP } from "./keymap.js";

describe("keymap", () => {
  it("maps arrows and vi keys to the same moves", () => {
    expect(actionFor({ name: "down" }, "list")).toBe("down");
    expect(actionFor({ name: "char", text: "j" }, "list")).toBe("down");
    expect(actionFor({ name: "char", text: "k" }, "record")).toBe("up");
    expect(actionFor({ name: "char", text: "g" }, "list")).toBe("top");
    expect(actionFor({ name: "char", text: "G" }, "list")).toBe("bottom");
    expect(actionFor({ name: "pageDown" }, "record")).toBe("pageDown");
    expect(actionFor({ name: "char", text: "d", ctrl: true }, "record")).toBe("halfDown");
    expect(actionFor({ name: "char", text: "u", ctrl: true }, "record")).toBe("halfUp");
  });
  it("goes back on Esc and Backspace", () => {
    expect(actionFor({ name: "escape" }, "list")).toBe("back");
    expect(actionFor({ name: "backspace" }, "record")).toBe("back");
  });
  it("gives / its meaning in each place: filter a list, find in a record", () => {
    expect(actionFor({ name: "char", text: "/" }, "list")).toBe("filter");
    expect(actionFor({ name: "char", text: "/" }, "record")).toBe("find");
    expect(actionFor({ name: "char", text: "n" }, "record")).toBe("findNext");
    expect(actionFor({ name: "char", text: "n" }, "list")).toBeUndefined();
  });
  it("tells Tab from Shift-Tab, q from Ctrl-C, and a letter from Alt with it", () => {
    expect(actionFor({ name: "tab" }, "list")).toBe("nextSection");
    expect(actionFor({ name: "tab", shift: true }, "list")).toBe("previousSection");
    expect(actionFor({ name: "char", text: "q" }, "list")).toBe("quit");
    expect(actionFor({ name: "char", text: "c", ctrl: true }, "list")).toBe("interrupt");
    expect(actionFor({ name: "char", text: "q", meta: true }, "list")).toBeUndefined();
    expect(actionFor({ name: "char", text: "x" }, "list")).toBeUndefined();
  });
  it("lists in the footer only keys that the map binds, help and quit first", () => {
    for (const context of ["list", "record", "help"] as const) {
      const footer = footerOf(context);
      expect(footer.startsWith("? help  q quit")).toBe(true);
      for (const part of footer.split("  ")) expect(KEYMAP.some((b) => b.footer === part)).toBe(true);
    }
    expect(footerOf("record")).toContain("/ find");
    expect(footerOf("list")).toContain("/ filter");
  });
});
