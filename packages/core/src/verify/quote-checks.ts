import type { Citation } from "../schemas/citation.js";
import type { QuoteChecks } from "../schemas/quote-checks.js";
import type { Source } from "../schemas/source.js";
import { quoteFingerprint } from "./fingerprint.js";
import type { VerificationReport } from "./verify.js";

/** Whether a quote was machine-checked against its source's archived text. */
export type CitationStatus = "verified" | "unchecked";

/** Status of one citation given the source it cites and the record of checks. */
export function citationStatus(checks: QuoteChecks, source: Source | undefined, citation: Citation): CitationStatus {
  const entry = Object.hasOwn(checks.sources, citation.sourceId) ? checks.sources[citation.sourceId] : undefined;
  if (!source?.archiveSha256 || !entry || entry.sha256 !== source.archiveSha256) return "unchecked";
  return entry.quotes.includes(quoteFingerprint(citation.quote)) ? "verified" : "unchecked";
}

/**
 * Adds a verification run's verified quotes to the record of checks, and drops entries
 * whose source is gone or whose archived text has changed since it was checked.
 */
export function recordChecks(
  checks: QuoteChecks,
  sources: readonly Source[],
  report: VerificationReport,
  on: string,
): QuoteChecks {
  const current = new Map(sources.map((s) => [s.id, s.archiveSha256]));
  const kept = Object.entries(checks.sources).filter(([id, entry]) => current.get(id) === entry.sha256);
  const next: QuoteChecks = { ...checks, sources: Object.fromEntries(kept) };
  for (const sourceId of report.matchedSources.keys()) {
    const sha256 = sources.find((s) => s.id === sourceId)?.archiveSha256;
    if (!sha256) continue;
    const quotes = report.verified
      .filter((v) => v.citation.sourceId === sourceId)
      .map((v) => quoteFingerprint(v.citation.quote));
    next.sources[sourceId] = { sha256, checkedOn: on, quotes: [...new Set(quotes)].sort() };
  }
  next.sources = Object.fromEntries(Object.entries(next.sources).sort(([a], [b]) => a.localeCompare(b)));
  return next;
}
