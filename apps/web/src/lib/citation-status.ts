/**
 * Verification status of a citation. Core will expose getCitationStatus(citation);
 * until it does, every quote is "unchecked". Views take the status as a prop.
 */
import * as core from "@kz-hrc/core";
import type { Citation } from "@kz-hrc/core";

export type CitationStatus = "verified" | "unchecked" | "failed";

type StatusOf = (citation: Citation) => CitationStatus;

const fromCore = (core as unknown as { getCitationStatus?: StatusOf }).getCitationStatus;

/** The status of one citation, from core when it can tell. */
export function citationStatus(citation: Citation): CitationStatus {
  return typeof fromCore === "function" ? fromCore(citation) : "unchecked";
}

/** Status in words for readers. */
export const STATUS_LABELS: Readonly<Record<CitationStatus, string>> = {
  verified: "Verified: machine-checked against the archived text",
  unchecked: "Not machine-checked",
  failed: "Check failed: the quote was not found in the archived text",
};
