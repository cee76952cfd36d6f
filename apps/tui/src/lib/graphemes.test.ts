import { describe, expect, it } from "vitest";
import { GraphemeSegmenter } from "./graphemes.js";

const real = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const split = (s: string) => [...new GraphemeSegmenter().segment(s)].map(({ segment, index }) => [segment, index]);
const truth = (s: string) => [...real.segment(s)].map(({ segment, index }) => [segment, index]);

describe("GraphemeSegmenter", () => {
  it("gives the same graphemes and indexes as Intl.Segmenter", () => {
    for (const s of [
      "",
      "plain ascii",
      "Қазақстан — “12” › …",
      "\u001b[31mred\u001b[39m",
      "人权 ok👍",
      "e\u0301",
      "👍🏽",
      "🇰🇿",
      "👩‍💻",
      "a\r\nb",
      "한국어",
      "\u1100\u1161",
      "x\ufe0f",
    ]) {
      expect(split(s), JSON.stringify(s)).toEqual(truth(s));
    }
  });
});
