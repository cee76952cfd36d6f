import { behaviourOf } from "../query/kinds.js";
import { allRecords } from "../query/store.js";
import type { Citation } from "../schemas/citation.js";
import type { Dataset } from "../schemas/dataset.js";
import type { RecordRef } from "../schemas/primitives.js";

/** A citation together with the record and field that carry it. */
export interface PlacedCitation {
  record: RecordRef;
  field: string;
  citation: Citation;
}

/**
 * Every citation in the dataset, wherever it sits, in a stable order. A UPR
 * recommendation's verbatim text counts as a quote of the document it is cited from,
 * so the verifier checks it like any other quote.
 */
export function collectCitations(data: Omit<Dataset, "version">): PlacedCitation[] {
  return allRecords(data).flatMap((entry) => {
    const record = { kind: entry.kind, id: entry.record.id };
    const placed = (behaviourOf(entry.kind).citations(entry.record as never) ?? []).flatMap(([field, citations]) =>
      (citations ?? []).map((citation, i) => ({ record, field: `${field}.${i}`, citation })),
    );
    const first = placed[0];
    if (entry.kind === "recommendation" && first) {
      placed.unshift({
        record,
        field: "text",
        citation: { sourceId: first.citation.sourceId, quote: entry.record.text },
      });
    }
    return placed;
  });
}
