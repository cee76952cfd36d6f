import { describe, expect, it } from "vitest";
import { COLLECTION_NAMES, isRecordKind, kindNamed, kindOfCollection, kindOfSegment, RECORD_KINDS } from "./kinds.js";

describe("the kind registry", () => {
  it("names each kind by kind, collection, segment or label, in any case, with or without hyphens", () => {
    expect(kindNamed("People")).toBe("person");
    expect(kindNamed("upr")).toBe("upr-review");
    expect(kindNamed("uprReviews")).toBe("upr-review");
    expect(kindNamed("upr-reviews")).toBe("upr-review");
    expect(kindNamed("membership terms")).toBe("membership-term");
    expect(kindNamed("Council votes")).toBe("vote");
    expect(kindNamed("organisation")).toBeUndefined();
    expect(kindNamed("")).toBeUndefined();
  });

  it("never takes an object's own machinery for a kind", () => {
    for (const word of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(isRecordKind(word)).toBe(false);
      expect(kindNamed(word)).toBeUndefined();
      expect(kindOfSegment(word)).toBeUndefined();
    }
  });

  it("maps every collection to its kind and back, one to one", () => {
    expect(COLLECTION_NAMES).toHaveLength(RECORD_KINDS.length);
    expect(new Set(COLLECTION_NAMES.map(kindOfCollection))).toEqual(new Set(RECORD_KINDS));
    expect(kindOfCollection("uprReviews")).toBe("upr-review");
  });
});
