import { collectCitations, type PlacedCitation } from "../data/citations.js";
import type { Dataset } from "../schemas/dataset.js";
import { normalizeForMatch, quoteOccursIn, quoteParts } from "../text/normalize.js";

/** An archived text and the SHA-256 of its bytes. */
export interface ArchivedText {
  name: string;
  sha256: string;
  text: string;
}

/** What the provenance check found: each citation verified, failed or unchecked. */
export interface VerificationReport {
  verified: PlacedCitation[];
  failed: PlacedCitation[];
  unchecked: PlacedCitation[];
  /**
   * Verified quotes that stop exactly where the archived text stops, without closing
   * punctuation: the archive may be an excerpt cut mid-sentence, and so the quote too.
   */
  cutAtEnd: PlacedCitation[];
  /** Archived files whose digest matches no source. */
  unmatchedFiles: string[];
  /** Sources matched to an archived file, by id. */
  matchedSources: Map<string, string>;
}

/**
 * Matches archived texts to sources by SHA-256 and checks that every quote citing a
 * matched source occurs in its text. Citations of unmatched sources are unchecked.
 */
export function verifyQuotes(data: Omit<Dataset, "version">, archive: readonly ArchivedText[]): VerificationReport {
  const bySha = new Map(archive.map((a) => [a.sha256, a]));
  const textOf = new Map<string, ArchivedText>();
  for (const source of data.sources) {
    const file = source.archiveSha256 ? bySha.get(source.archiveSha256) : undefined;
    if (file) textOf.set(source.id, file);
  }
  const matchedShas = new Set([...textOf.values()].map((a) => a.sha256));
  const report: VerificationReport = {
    verified: [],
    failed: [],
    unchecked: [],
    cutAtEnd: [],
    unmatchedFiles: archive.filter((a) => !matchedShas.has(a.sha256)).map((a) => a.name),
    matchedSources: new Map([...textOf].map(([id, a]) => [id, a.name])),
  };
  const normalizedEnd = new Map<string, string>();
  for (const placed of collectCitations(data)) {
    const file = textOf.get(placed.citation.sourceId);
    if (!file) report.unchecked.push(placed);
    else if (quoteOccursIn(placed.citation.quote, file.text)) {
      report.verified.push(placed);
      if (!normalizedEnd.has(file.sha256)) normalizedEnd.set(file.sha256, normalizeForMatch(file.text));
      if (endsWhereTextEnds(placed.citation.quote, normalizedEnd.get(file.sha256) ?? "")) report.cutAtEnd.push(placed);
    } else report.failed.push(placed);
  }
  return report;
}

const CLOSING = /[.!?;:)"'\]»。]$/;

/** Whether a quote's last part is the very end of the (normalized) text and does not close a sentence. */
function endsWhereTextEnds(quote: string, normalizedText: string): boolean {
  const last = quoteParts(quote).at(-1) ?? "";
  return last !== "" && !CLOSING.test(last) && normalizedText.endsWith(last);
}
