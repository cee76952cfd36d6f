import { describe, expect, it } from "vitest";
import type { QuoteChecks } from "../schemas/quote-checks.js";
import { fixtureFile } from "../test/fixture.js";
import { quoteFingerprint } from "./fingerprint.js";
import { citationStatus } from "./quote-checks.js";

describe("citationStatus", () => {
  const source = fixtureFile().sources![0]!;
  const citation = { sourceId: source.id, quote: "Kazakhstan was elected with 183 votes." };
  const checks = (sha256: string, quotes: string[]): QuoteChecks => ({
    sources: { [source.id]: { sha256, checkedOn: "2026-11-23", quotes } },
  });

  it("is verified when the quote was checked against the source's current archive", () => {
    expect(
      citationStatus(
        checks(source.archiveSha256!, [quoteFingerprint("kazakhstan  was elected with 183 votes.")]),
        source,
        citation,
      ),
    ).toBe("verified");
  });

  it("is unchecked when the quote changed, the archive changed, or nothing was checked", () => {
    expect(citationStatus(checks(source.archiveSha256!, [quoteFingerprint("other words")]), source, citation)).toBe(
      "unchecked",
    );
    expect(citationStatus(checks("b".repeat(64), [quoteFingerprint(citation.quote)]), source, citation)).toBe(
      "unchecked",
    );
    expect(citationStatus({ sources: {} }, source, citation)).toBe("unchecked");
  });
});
