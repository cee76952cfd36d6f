import { describe, expect, it } from "vitest";
import { encodeTextDirectiveTerm, textDirectiveParts, textFragmentUrl, waybackLookupUrl } from "./text-fragment.js";

describe("text fragments", () => {
  it("percent-encodes - & and , as the spec requires, and spaces", () => {
    expect(encodeTextDirectiveTerm("follow-up, R&D")).toBe("follow%2Dup%2C%20R%26D");
  });

  it("links a short quote whole", () => {
    expect(textFragmentUrl("https://example.org/a", "Kazakhstan was elected with 183 votes.")).toBe(
      "https://example.org/a#:~:text=Kazakhstan%20was%20elected%20with%20183%20votes.",
    );
  });

  it("uses the first part of a quote with elisions, without quote marks at its edges", () => {
    expect(textDirectiveParts("“We are pleased … to serve” he said")).toEqual({ start: "We are pleased" });
    expect(textDirectiveParts("[...] the second part")).toEqual({ start: "the second part" });
  });

  it("matches a long quote by its first and last words", () => {
    const quote =
      "The Working Group on the Universal Periodic Review held its twentieth session from 27 October to 7 November 2014.";
    expect(textDirectiveParts(quote)).toEqual({
      start: "The Working Group on the",
      end: "October to 7 November 2014.",
    });
    expect(textFragmentUrl("https://example.org/a", quote)).toBe(
      "https://example.org/a#:~:text=The%20Working%20Group%20on%20the,October%20to%207%20November%202014.",
    );
  });

  it("keeps an address's own fragment and replaces an earlier directive", () => {
    expect(textFragmentUrl("https://example.org/a#para-4", "one")).toBe("https://example.org/a#para-4:~:text=one");
    expect(textFragmentUrl("https://example.org/a#:~:text=old", "new")).toBe("https://example.org/a#:~:text=new");
  });

  it("leaves the address alone when the quote has no text", () => {
    expect(textFragmentUrl("https://example.org/a", " … ")).toBe("https://example.org/a");
  });

  it("looks an address up in the Wayback Machine, without its fragment", () => {
    expect(waybackLookupUrl("https://example.org/a?b=1#c")).toBe(
      "https://web.archive.org/web/*/https://example.org/a?b=1",
    );
  });
});
