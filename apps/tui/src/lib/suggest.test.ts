import { beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../../test/fixture.js";
import type { Loaded } from "./load.js";
import { closest, editDistance, suggestIds } from "./suggest.js";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadFixture();
});

describe("suggestions", () => {
  it("measures edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("finds the closest candidates only", () => {
    expect(closest("tmeline", ["timeline", "show", "search"])).toEqual(["timeline"]);
    expect(closest("zzzzzz", ["timeline", "show"])).toEqual([]);
  });
  it("suggests record ids for a misspelt id, then search hits", () => {
    expect(suggestIds(loaded.api, "hrc-electon-2012")[0]).toBe("hrc-election-2012");
    expect(suggestIds(loaded.api, "abolish death")).toContain("minister-pledge-2013");
  });
  it("copes with huge input", () => {
    expect(() => suggestIds(loaded.api, "x".repeat(100_000))).not.toThrow();
  });
});
