import type { RecordKind } from "@kz-hrc/core";
import { api } from "../lib/data";
import { urls } from "../lib/urls";

/** A link to any record by id, titled as core summarizes it; plain text if unknown. */
export function RecordLink({ id, kind }: { id: string; kind?: RecordKind }) {
  const summary = api.getSummary(id);
  if (!summary || (kind && summary.kind !== kind)) return <span>{id}</span>;
  return <a href={urls.record(summary.kind, summary.id)}>{summary.title}</a>;
}
