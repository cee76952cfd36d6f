import { describe, expect, it } from "vitest";
import type { Key } from "./keys.js";
import { editLine, type Line, lineOf } from "./line-edit.js";

const char = (text: string): Key => ({ name: "char", text });
const ctrl = (text: string): Key => ({ name: "char", text, ctrl: true });
const run = (line: Line, ...keys: Key[]) => keys.reduce((l, k) => editLine(l, k) ?? l, line);

describe("editLine", () => {
  it("inserts at the caret and moves with arrows, Home, End, Ctrl-A and Ctrl-E", () => {
    expect(run(lineOf("ac"), { name: "left" }, char("b"))).toEqual({ text: "abc", caret: 2 });
    expect(run(lineOf("bc"), { name: "home" }, char("a"))).toEqual({ text: "abc", caret: 1 });
    expect(run(lineOf("ab"), ctrl("a"), { name: "end" }, char("c"))).toEqual({ text: "abc", caret: 3 });
    expect(run(lineOf("bc"), ctrl("a"), char("a"), ctrl("e"), char("d"))).toEqual({ text: "abcd", caret: 4 });
    expect(run(lineOf("ab"), { name: "right" })).toEqual({ text: "ab", caret: 2 });
    expect(run({ text: "ab", caret: 0 }, { name: "left" })).toEqual({ text: "ab", caret: 0 });
  });
  it("deletes before and after the caret", () => {
    expect(run(lineOf("abc"), { name: "left" }, { name: "backspace" })).toEqual({ text: "ac", caret: 1 });
    expect(run(lineOf("abc"), { name: "home" }, { name: "delete" })).toEqual({ text: "bc", caret: 0 });
    expect(run(lineOf("abc"), { name: "home" }, ctrl("d"))).toEqual({ text: "bc", caret: 0 });
  });
  it("deletes to the start or end with Ctrl-U and Ctrl-K", () => {
    expect(run({ text: "year:2012 torture", caret: 10 }, ctrl("u"))).toEqual({ text: "torture", caret: 0 });
    expect(run({ text: "year:2012 torture", caret: 9 }, ctrl("k"))).toEqual({ text: "year:2012", caret: 9 });
  });
  it("deletes words with Ctrl-W (to a space) and Alt-Backspace (to a word boundary)", () => {
    expect(run(lineOf("year:2012 type:law"), ctrl("w"))).toEqual({ text: "year:2012 ", caret: 10 });
    expect(run(lineOf("year:2012 type:law"), { name: "backspace", meta: true })).toEqual({
      text: "year:2012 type:",
      caret: 15,
    });
    expect(run(lineOf("a b  "), ctrl("w"))).toEqual({ text: "a ", caret: 2 });
  });
  it("moves by word with Alt-B, Alt-F and Ctrl-arrows", () => {
    expect(run(lineOf("one two"), { name: "char", text: "b", meta: true })).toEqual({ text: "one two", caret: 4 });
    expect(run({ text: "one two", caret: 0 }, { name: "right", ctrl: true })).toEqual({ text: "one two", caret: 3 });
  });
  it("keeps characters beyond one code unit whole", () => {
    expect(run(lineOf("a👍"), { name: "backspace" })).toEqual({ text: "a", caret: 1 });
  });
  it("leaves keys that are not editing keys to the caller", () => {
    for (const key of [
      { name: "enter" },
      { name: "escape" },
      { name: "up" },
      { name: "down" },
      { name: "tab" },
      ctrl("n"),
    ] as Key[]) {
      expect(editLine(lineOf("x"), key)).toBeUndefined();
    }
  });
  it("stops at the longest query", () => {
    expect(editLine(lineOf("x".repeat(300)), char("y"))).toEqual({ text: "x".repeat(300), caret: 300 });
  });
});
