import { describe, expect, it } from "vitest";
import { acceptedEncodings, parseRange } from "./server.mjs";

describe("request parsing", () => {
  it("reads one byte range, and ignores malformed or multiple ones", () => {
    expect(parseRange("bytes=0-0", 100)).toEqual({ start: 0, end: 0 });
    expect(parseRange("bytes=10-", 100)).toEqual({ start: 10, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-1000", 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=90-1000", 100)).toEqual({ start: 90, end: 99 });
    for (const malformed of ["bytes=abc", "bytes=5-2", "bytes=0-1,5-6", "items=0-1", "bytes=-", ""])
      expect(parseRange(malformed, 100), malformed).toBeNull();
    expect(typeof parseRange("bytes=100-", 100)).toBe("symbol");
    expect(typeof parseRange("bytes=-0", 100)).toBe("symbol");
  });

  it("accepts the encodings the client accepts, weights included", () => {
    expect(acceptedEncodings("gzip, deflate, br, zstd")).toBe("br, gzip");
    expect(acceptedEncodings("gzip")).toBe("gzip");
    expect(acceptedEncodings("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(acceptedEncodings("*")).toBe("br, gzip");
    expect(acceptedEncodings("*, gzip;q=0")).toBe("br");
    expect(acceptedEncodings("identity")).toBe("");
    expect(acceptedEncodings(undefined)).toBe("");
  });
});
