/** Verification status of a citation, from core; views take it as a prop. */
import { type Citation, type CitationStatus, getCitationStatus } from "@kz-hrc/core";

export type { CitationStatus };

/** Whether a quote was machine-checked against the archived text of its source. */
export function citationStatus(citation: Citation): CitationStatus {
  return getCitationStatus(citation);
}

/** Status in words for readers. */
export const STATUS_LABELS: Readonly<Record<CitationStatus, string>> = {
  verified: "Verified: machine-checked against the archived text",
  unchecked: "Not machine-checked",
};
