import { type Api, type Citation, kindLabel, PERSPECTIVE_LABELS, type RecordRef, recordPath } from "@kz-hrc/core";
import type { CitationStatusOf, DocLine } from "./doc.js";

/**
 * The one JSON shape of a record, in every command: `kind` is always the record kind,
 * the record's own type (an event's election, a source's news…) is `type`, and `path`,
 * `title` and the record's date come first; then the record's own fields.
 */
export function recordJson(api: Api, id: string): Record<string, unknown> | undefined {
  const entry = api.getRecord(id);
  const summary = api.getSummary(id);
  if (!entry || !summary) return undefined;
  const { kind: type, ...fields } = entry.record as { kind?: unknown } & Record<string, unknown>;
  return {
    kind: entry.kind,
    id,
    ...(type !== undefined ? { type } : {}),
    path: recordPath(entry.kind, id),
    title: summary.title,
    ...(summary.date !== undefined ? { date: summary.date } : {}),
    ...(summary.subtitle !== undefined ? { subtitle: summary.subtitle } : {}),
    ...fields,
  };
}

/** A citation with what the text view shows of it: the source's title, publisher, date, address and the machine check. */
export function citationJson(api: Api, citation: Citation, statusOf: CitationStatusOf) {
  const source = api.getSource(citation.sourceId);
  const publisher = source && api.getOrganization(source.publisherId);
  const origin = source && api.originOf(source.id);
  return {
    ...citation,
    status: statusOf(citation),
    source: source
      ? {
          id: source.id,
          path: recordPath("source", source.id),
          title: source.title,
          publisher: {
            id: source.publisherId,
            ...(publisher ? { name: publisher.name, path: recordPath("organization", publisher.id) } : {}),
          },
          ...(source.published ? { published: source.published } : {}),
          ...(source.url ? { url: source.url } : {}),
          type: source.kind,
          perspective: source.perspective,
          perspectiveLabel: PERSPECTIVE_LABELS[source.perspective],
          ...(source.unSymbol ? { unSymbol: source.unSymbol } : {}),
          ...(origin && origin.id !== source.id
            ? { republishes: { id: origin.id, title: origin.title, path: recordPath("source", origin.id) } }
            : {}),
        }
      : null,
  };
}

/** Every record the text view links to, under the heading it appears in, in the view's order. */
export function linksJson(api: Api, lines: readonly DocLine[]) {
  let heading: string | undefined;
  const seen = new Set<string>();
  const links: {
    heading?: string;
    text: string;
    kind: string;
    id: string;
    path: string;
    title: string;
    date?: string;
  }[] = [];
  for (const line of lines) {
    if (line.tone === "heading") heading = line.text;
    const ref: RecordRef | undefined = line.link;
    if (!ref) continue;
    const summary = api.getSummary(ref.id);
    const key = `${heading ?? ""}\u0000${ref.id}\u0000${line.text}`;
    if (!summary || seen.has(key)) continue;
    seen.add(key);
    links.push({
      ...(heading !== undefined ? { heading } : {}),
      text: line.text,
      kind: summary.kind,
      id: summary.id,
      path: recordPath(summary.kind, summary.id),
      title: summary.title,
      ...(summary.date ? { date: summary.date } : {}),
    });
  }
  return links;
}

/** `show --json`: the record in its one shape, with everything its text view shows. */
export function showJson(
  api: Api,
  id: string,
  lines: readonly DocLine[],
  statusOf: CitationStatusOf,
): Record<string, unknown> | undefined {
  const record = recordJson(api, id);
  const entry = api.getRecord(id);
  if (!record || !entry) return undefined;
  const ref: RecordRef = { kind: entry.kind, id };
  const date = api.getSummary(id)?.date;
  const pair = (a: { statement: { id: string }; relation: string; note: string }) => ({
    relation: a.relation,
    note: a.note,
    ...recordJson(api, a.statement.id),
  });
  return {
    ...record,
    label: kindLabel(entry.kind),
    ...(date && (entry.kind === "event" || entry.kind === "statement" || entry.kind === "vote")
      ? { membership: membershipJson(api, date) }
      : {}),
    ...(entry.kind === "statement"
      ? { assessments: api.listAssessmentsOf(id).map(pair), assesses: api.listClaimsAssessedBy(id).map(pair) }
      : {}),
    links: linksJson(api, lines),
    citations: api.listCitationsOf(ref).map((c) => citationJson(api, c, statusOf)),
    discrepancies: api.listDiscrepanciesAbout(ref).map((d) => recordJson(api, d.id)),
    unknowns: api.listUnknownsAbout(ref).map((u) => recordJson(api, u.id)),
  };
}

function membershipJson(api: Api, date: string) {
  const context = api.membershipContext(date);
  return {
    status: context.status,
    ...(context.term
      ? {
          term: {
            id: context.term.id,
            path: recordPath("membership-term", context.term.id),
            start: context.term.start,
            end: context.term.end,
          },
        }
      : {}),
  };
}
