import { describe, expect, it } from "vitest";
import { parseKeys } from "./keys.js";

const ESC = "\u001b";

describe("parseKeys", () => {
  it("reads a burst of characters as one key press each, in order", () => {
    expect(parseKeys("/torture").map((k) => k.text)).toEqual(["/", "t", "o", "r", "t", "u", "r", "e"]);
    expect(parseKeys("jj\r").map((k) => k.name)).toEqual(["char", "char", "enter"]);
  });
  it("reads control characters as Ctrl with a letter, and DEL and BS as Backspace", () => {
    expect(parseKeys("\u0003")).toEqual([{ name: "char", text: "c", ctrl: true }]);
    expect(parseKeys("\u0004")).toEqual([{ name: "char", text: "d", ctrl: true }]);
    expect(parseKeys("\u007f")).toEqual([{ name: "backspace" }]);
    expect(parseKeys("\b")).toEqual([{ name: "backspace" }]);
    expect(parseKeys("\t")).toEqual([{ name: "tab" }]);
  });
  it("reads arrows, paging, Home and End in their xterm, vt220 and SS3 forms, with modifiers", () => {
    expect(parseKeys(`${ESC}[A`)).toEqual([{ name: "up" }]);
    expect(parseKeys(`${ESC}OB`)).toEqual([{ name: "down" }]);
    expect(parseKeys(`${ESC}[5~`)).toEqual([{ name: "pageUp" }]);
    expect(parseKeys(`${ESC}[6~`)).toEqual([{ name: "pageDown" }]);
    expect(parseKeys(`${ESC}[H`)).toEqual([{ name: "home" }]);
    expect(parseKeys(`${ESC}[4~`)).toEqual([{ name: "end" }]);
    expect(parseKeys(`${ESC}[3~`)).toEqual([{ name: "delete" }]);
    expect(parseKeys(`${ESC}[1;5D`)).toEqual([{ name: "left", ctrl: true }]);
    expect(parseKeys(`${ESC}[1;3C`)).toEqual([{ name: "right", meta: true }]);
    expect(parseKeys(`${ESC}[Z`)).toEqual([{ name: "tab", shift: true }]);
  });
  it("reads Esc, and Alt with a key", () => {
    expect(parseKeys(ESC)).toEqual([{ name: "escape" }]);
    expect(parseKeys(`${ESC}\u007f`)).toEqual([{ name: "backspace", meta: true }]);
    expect(parseKeys(`${ESC}b`)).toEqual([{ name: "char", text: "b", meta: true }]);
  });
  it("turns sequences it does not know into nothing: Ctrl-F1, status replies, colour codes, paste marks, focus", () => {
    for (const raw of [
      `${ESC}[1;5P`,
      `${ESC}[1;5Q`,
      `${ESC}[0n`,
      `${ESC}[31m`,
      `${ESC}[200~`,
      `${ESC}[I`,
      `${ESC}[?1;2c`,
      `${ESC}[12;40R`,
      `${ESC}[97u`,
      `${ESC}]0;x\u0007`,
      `${ESC}[15~`,
      `${ESC}OP`,
    ]) {
      expect(parseKeys(raw), JSON.stringify(raw)).toEqual([]);
    }
  });
  it("drops C1 controls and bidirectional overrides from typed text", () => {
    expect(parseKeys("a\u0085\u202eb").map((k) => k.text)).toEqual(["a", "b"]);
  });
  it("never throws, whatever the bytes", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const raw = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        String.fromCharCode(Math.floor(random() * 256)),
      ).join("");
      expect(() => parseKeys(raw)).not.toThrow();
      expect(() => parseKeys(ESC + raw)).not.toThrow();
    }
  });
});
