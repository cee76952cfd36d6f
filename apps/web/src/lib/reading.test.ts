import { describe, expect, it } from "vitest";
import { currentOf } from "../components/nav-links";
import { caveatSummary } from "../components/record-badges";
import { type Caveat, compareCaveats } from "./caveats";
import { langAttribute, languageName, shortenAtWord } from "./text";

describe("shortenAtWord", () => {
  it("keeps a text that fits", () => {
    expect(shortenAtWord("Kazakhstan was elected.", 40)).toBe("Kazakhstan was elected.");
  });

  it("cuts at the last word boundary, never inside a word, and adds an ellipsis", () => {
    const text = "The Council also appointed four vice-presidents of this leading body";
    const short = shortenAtWord(text, 30);
    expect(short).toBe("The Council also appointed…");
    expect(short.length).toBeLessThanOrEqual(30);
    // The part before the ellipsis is a run of whole words of the text.
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(text.charAt(short.length - 1)).toBe(" ");
  });

  it("drops punctuation left dangling at the cut", () => {
    expect(shortenAtWord("Rights, freedoms, and duties of everyone", 20)).toBe("Rights, freedoms…");
  });

  it("cuts a single overlong word where it must", () => {
    expect(shortenAtWord("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
  });
});

describe("languages", () => {
  it("names a language in English words and marks only other languages", () => {
    expect(languageName("ru")).toBe("Russian");
    expect(languageName("kk")).toBe("Kazakh");
    expect(langAttribute("fr")).toBe("fr");
    expect(langAttribute("en")).toBeUndefined();
    expect(langAttribute(undefined)).toBeUndefined();
  });
});

describe("caveats", () => {
  const caveat = (id: string, significance: Caveat["significance"], date?: string): Caveat => ({
    kind: "unknown",
    id,
    title: id,
    significance,
    date,
  });

  it("orders the most significant first, then the most recent record", () => {
    const items = [
      caveat("a", "low", "2024"),
      caveat("b", "high", "2011"),
      caveat("c", "medium", "2020"),
      caveat("d", "high", "2022-01"),
      caveat("e", undefined, "2025"),
    ];
    expect([...items].sort(compareCaveats).map((c) => c.id)).toEqual(["d", "b", "c", "a", "e"]);
  });

  it("sums up a record's caveats in one line", () => {
    expect(caveatSummary([{ field: "election date" }], 0)).toBe("Sources disagree on election date");
    expect(caveatSummary([{ field: "a" }, { field: "b" }], 1)).toBe(
      "Sources disagree on 2 points; 1 fact not yet established",
    );
    expect(caveatSummary([], 3)).toBe("3 facts not yet established");
  });
});

describe("the menu's current page", () => {
  it("marks the page itself, and the section of a record page", () => {
    expect(currentOf("/statements/", "/statements/")).toBe("page");
    expect(currentOf("/statements/", "/statements")).toBe("page");
    expect(currentOf("/statements/", "/statements/abc/")).toBe("true");
    expect(currentOf("/votes/", "/statements/")).toBeUndefined();
    expect(currentOf("/", "/statements/")).toBeUndefined();
  });
});
