import { describe, expect, it } from "vitest";
import { clean, columns, fold, lowerFirst, quoteArg, shortDate, tooSmallMessage, truncate, wrap } from "./format.js";

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

describe("dates and words", () => {
  it("shows a date at its own precision (core's wording) and never invents a day", () => {
    expect(shortDate("2012")).toBe("2012");
    expect(shortDate("2012-11")).toBe("Nov 2012");
    expect(shortDate("2012-11-02")).toBe("2 Nov 2012");
    expect(shortDate(undefined)).toBe("");
  });
  it("folds case, accents and typographic marks for matching", () => {
    expect(fold("Côte d’Ivoire — ÉTAT")).toBe("cote d'ivoire - etat");
  });
  it("lowers a label inside a sentence, but not an acronym", () => {
    expect(lowerFirst("Council votes")).toBe("council votes");
    expect(lowerFirst("UPR reviews")).toBe("UPR reviews");
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
    expect(
      columns([
        ["a", "", "x"],
        ["bbb", "", "y"],
      ]),
    ).toEqual(["a    x", "bbb  y"]);
  });
});

describe("tooSmallMessage", () => {
  it("says the most that fits on one line", () => {
    expect(tooSmallMessage(80, 8, 40, 10)).toBe("Terminal too small (80×8): need at least 40×10");
    expect(tooSmallMessage(30, 8, 40, 10)).toBe("Too small (30×8): need 40×10");
    for (let columns = 1; columns < 60; columns++)
      expect([...tooSmallMessage(columns, 5, 40, 10)].length).toBeLessThanOrEqual(columns);
  });
});

describe("columns fitted to a width", () => {
  it("cuts only the columns allowed to shrink, and keeps the id whole", () => {
    const rows = [["2012", "A rather long title that will not fit", "Context words", "an-id"]];
    const [line] = columns(rows, { width: 40, shrink: [1, 2] });
    expect([...(line ?? "")].length).toBeLessThanOrEqual(40);
    expect(line).toMatch(/an-id$/);
    expect(line).toContain("…");
    expect(columns(rows)[0]).toBe("2012  A rather long title that will not fit  Context words  an-id");
  });
});
