import {
  type Api,
  CITATION_STATUS_LABELS,
  type Citation,
  type CitationStatus,
  formatDate,
  PERSPECTIVE_LABELS,
  plural,
  type RecordRef,
} from "@kz-hrc/core";
import { clean } from "./format.js";

/** How a line is shown; plain output ignores tones. */
export type Tone = "title" | "heading" | "quote" | "muted" | "warning" | "good" | "bad";

/** One logical line of a record view: wrapped to the width when drawn. */
export interface DocLine {
  text: string;
  tone?: Tone;
  indent?: number;
  /** A link to another record: selectable, Enter opens it. */
  link?: RecordRef;
}

/** Tells the machine-check status of a citation's quote (core's: verified or unchecked). */
export type CitationStatusOf = (citation: Citation) => CitationStatus;

export const uncheckedStatus: CitationStatusOf = () => "unchecked";

/** A citation's status in words, marked when verified. */
export function statusWords(status: CitationStatus): string {
  return status === "verified" ? `✓ verified: ${CITATION_STATUS_LABELS.verified}` : CITATION_STATUS_LABELS.unchecked;
}

/** Helpers bound to one api, used by each kind's view. */
export function docBuilder(api: Api, statusOf: CitationStatusOf) {
  const lines: DocLine[] = [];
  const add = (text: string, tone?: Tone, indent = 0) =>
    lines.push({ text: clean(text), ...(tone ? { tone } : {}), indent });
  const blank = () => lines.push({ text: "" });
  const heading = (text: string) => {
    if (lines.length && lines.at(-1)?.text !== "") blank();
    add(text, "heading");
  };
  /** A labelled value; nothing when the value is missing. */
  const field = (label: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") add(`${label}: ${value}`);
  };
  /** A link line to any record by id, titled from its summary. */
  const link = (id: string | undefined, prefix = "", indent = 0, withDate = true) => {
    if (!id) return;
    const summary = api.getSummary(id);
    if (!summary) return add(`${prefix}${id} (missing record)`, "warning", indent);
    const date = summary.date && withDate ? ` · ${formatDate(summary.date, "short")}` : "";
    lines.push({
      text: clean(`${prefix}${summary.title}${date}`),
      link: { kind: summary.kind, id: summary.id },
      indent,
    });
  };
  const links = (title: string, ids: readonly (string | undefined)[]) => {
    const present = ids.filter((id): id is string => !!id);
    if (!present.length) return;
    heading(title);
    for (const id of present) link(id);
  };
  const citation = (c: Citation, indent = 0) => {
    const status = statusOf(c);
    add(`“${c.quote}”`, "quote", indent);
    if (c.locator) add(`at ${c.locator}`, "muted", indent + 2);
    const source = api.getSource(c.sourceId);
    if (!source) return add(`source ${c.sourceId} (missing record)`, "warning", indent + 2);
    const publisher = api.getOrganization(source.publisherId)?.name ?? source.publisherId;
    const date = source.published ? formatDate(source.published, "short") : "undated";
    lines.push({
      text: clean(`— ${source.title} · ${publisher} · ${date} · ${PERSPECTIVE_LABELS[source.perspective]}`),
      link: { kind: "source", id: source.id },
      indent: indent + 2,
    });
    add(statusWords(status), status === "verified" ? "good" : "muted", indent + 2);
    const origin = api.originOf(source.id);
    if (origin && origin.id !== source.id) link(origin.id, "republishes ", indent + 2);
  };
  const citations = (list: readonly Citation[], title = "Sources") => {
    if (!list.length) return;
    heading(title);
    const origins = api.countOrigins(list);
    const outlets = new Set(list.map((c) => c.sourceId)).size;
    add(`${plural(origins, "independent origin")}${outlets > origins ? ` (${outlets} outlets)` : ""}`, "muted");
    for (const c of list) citation(c);
  };
  const membership = (date: string) => {
    const context = api.membershipContext(date);
    const term = context.term;
    if (context.status === "member" && term) link(term.id, "Kazakhstan was a Council member: ", 0, false);
    else if (context.status === "uncertain" && term)
      link(term.id, "Membership uncertain at this date's precision: ", 0, false);
    else add("Kazakhstan was not a Council member on this date", "muted");
  };
  const notes = (ref: RecordRef) => {
    const discrepancies = api.listDiscrepanciesAbout(ref);
    if (discrepancies.length) heading("Sources disagree");
    for (const d of discrepancies) {
      link(d.id);
      const preferred = d.variants[d.preferred];
      if (preferred) add(`${d.field}: preferred “${preferred.value}” of ${d.variants.length} variants`, "warning", 2);
    }
    const unknowns = api.listUnknownsAbout(ref);
    if (unknowns.length) heading("Unknowns");
    for (const u of unknowns) link(u.id, "Not yet established: ");
  };
  return { lines, add, blank, heading, field, link, links, citation, citations, membership, notes };
}
