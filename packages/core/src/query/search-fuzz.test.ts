import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dataset } from "../index.js";
import { listIndexedRecords } from "./indexed.js";
import { createSearchEngine, type SearchResponse } from "./search-engine.js";

// Property-based: whatever is typed, search answers with a well-formed response and never
// throws. How long it takes is measured in the benchmark (bench/search.mjs), not here.
const engine = createSearchEngine(listIndexedRecords(dataset));

/** Pieces hostile input is made of: grammar tokens, prototype names, control and format characters, lone surrogates. */
const PIECES = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "kind:",
  "kind:__proto__",
  "-",
  "--",
  '"',
  '-"',
  "year:2012..",
  "date:2012-13-45",
  "sort:",
  "A/HRC/RES/51/5",
  "a/",
  "/",
  ".",
  "…",
  "\u0000",
  "\u001b[31m",
  "\u200b",
  "\u202e",
  "\u2028",
  "\ud800",
  "\udfff",
  "\ufeff",
  "ß",
  "İ",
  "ﬁ",
  "e\u0301",
  "kazakstan",
  "torture",
  " ",
];
const piece = fc.constantFrom(...PIECES);
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc
    .array(fc.oneof(piece, fc.string({ unit: "grapheme", maxLength: 12 })), { maxLength: 60 })
    .map((parts) => parts.join(" ")),
  fc.array(fc.oneof(piece, codeUnit), { maxLength: 120 }).map((parts) => parts.join("")),
);

function wellFormed(response: SearchResponse, limit: number): void {
  expect(Array.isArray(response.results)).toBe(true);
  expect(response.results.length).toBeLessThanOrEqual(limit);
  expect(response.total).toBeGreaterThanOrEqual(response.results.length);
  for (const hit of response.results) {
    expect(typeof hit.id).toBe("string");
    expect(Number.isFinite(hit.score)).toBe(true);
  }
  for (const error of response.errors) expect(typeof error).toBe("string");
}

describe("search on arbitrary input", () => {
  it("never throws and always answers with a well-formed response", () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 0, max: 60 }), (query, limit) => {
        wellFormed(engine.search(query, { limit }), limit);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ["a 10,000-character word", "k".repeat(10_000)],
    ["10,000 characters of words", "torture death penalty ".repeat(455)],
    ["10,000 one-letter words", "a b ".repeat(2_500)],
    ["10,000 lone surrogates", "\ud800".repeat(10_000)],
    ["prototype names", '__proto__ constructor toString kind:__proto__ -__proto__ "__proto__"'],
  ])("answers %s without throwing", (_, query) => {
    wellFormed(engine.search(query), 50);
  });
});
