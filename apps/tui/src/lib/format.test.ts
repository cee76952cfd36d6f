import { describe, expect, it } from "vitest";
import { clean, columns, formatDate, quoteArg, tooSmallMessage, truncate, wrap } from "./format.js";

describe("clean", () => {
  it("shows terminal escapes as visible text instead of passing them through", () => {
    const hostile = "title\u001b[2J\u001b]0;pwned\u0007\u009b31m";
    const out = clean(hostile);
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/u);
    expect(out).toBe("title\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m");
  });
  it("neutralises bidirectional overrides", () => {
    expect(clean("abc\u202edef")).toBe("abc\\u202edef");
  });
  it("turns newlines and tabs into spaces", () => {
    expect(clean("a\nb\tc")).toBe("a b c");
  });
  it("leaves ordinary text, quotes and Cyrillic alone", () => {
    expect(clean("“Қазақстан” — 12 Nov")).toBe("“Қазақстан” — 12 Nov");
  });
});

describe("formatDate", () => {
  it("shows a date at its own precision and never invents a day", () => {
    expect(formatDate("2012")).toBe("2012");
    expect(formatDate("2012-11")).toBe("Nov 2012");
    expect(formatDate("2012-11-02")).toBe("2 Nov 2012");
    expect(formatDate(undefined)).toBe("");
  });
});

describe("wrap and truncate", () => {
  it("wraps on spaces and splits words longer than a line", () => {
    expect(wrap("aaa bbb ccc", 7)).toEqual(["aaa bbb", "ccc"]);
    expect(wrap("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });
  it("cuts with an ellipsis", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abc", 4)).toBe("abc");
  });
  it("quotes arguments safely and briefly", () => {
    expect(quoteArg("x".repeat(100), 10)).toBe(`"${"x".repeat(9)}…"`);
    expect(quoteArg("\u001b[31m")).toBe('"\\u001b[31m"');
  });
  it("aligns columns and drops columns empty in every row", () => {
    expect(columns([["a", "", "x"], ["bbb", "", "y"]])).toEqual(["a    x", "bbb  y"]);
  });
});

describe("tooSmallMessage", () => {
  it("says the most that fits on one line", () => {
    expect(tooSmallMessage(80, 8, 40, 10)).toBe("Terminal too small (80×8): need at least 40×10");
    expect(tooSmallMessage(30, 8, 40, 10)).toBe("Too small (30×8): need 40×10");
    for (let columns = 1; columns < 60; columns++) expect([...tooSmallMessage(columns, 5, 40, 10)].length).toBeLessThanOrEqual(columns);
  });
});
