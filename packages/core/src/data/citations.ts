import type { Citation } from "../schemas/citation.js";
import type { Dataset } from "../schemas/dataset.js";
import type { RecordRef } from "../schemas/primitives.js";

/** A citation together with the record and field that carry it. */
export interface PlacedCitation {
  record: RecordRef;
  field: string;
  citation: Citation;
}

/** Every citation in the dataset, wherever it sits, in a stable order. */
export function collectCitations(data: Omit<Dataset, "version">): PlacedCitation[] {
  const out: PlacedCitation[] = [];
  const add = (record: RecordRef, field: string, citations: readonly Citation[] = []) =>
    citations.forEach((citation, i) => out.push({ record, field: `${field}.${i}`, citation }));
  for (const o of data.organizations) add({ kind: "organization", id: o.id }, "citations", o.citations);
  for (const p of data.people) p.roles.forEach((r, i) => add({ kind: "person", id: p.id }, `roles.${i}.citations`, r.citations));
  for (const e of data.events) add({ kind: "event", id: e.id }, "citations", e.citations);
  for (const s of data.statements) add({ kind: "statement", id: s.id }, "citations", s.citations);
  for (const t of data.membershipTerms) add({ kind: "membership-term", id: t.id }, "citations", t.citations);
  for (const u of data.uprReviews) add({ kind: "upr-review", id: u.id }, "citations", u.citations);
  for (const r of data.reforms) r.stages.forEach((s, i) => add({ kind: "reform", id: r.id }, `stages.${i}.citations`, s.citations));
  for (const d of data.discrepancies) d.variants.forEach((v, i) => add({ kind: "discrepancy", id: d.id }, `variants.${i}.citations`, v.citations));
  return out;
}
