import { COLLECTION_NAMES, KIND_OF_COLLECTION, recordPath, toCsv, type CollectionName, type RecordSummary } from "@kz-hrc/core";
import type { Command } from "./args.js";
import { docToText } from "./doc-text.js";
import { clean, columns, formatDate, quoteArg } from "./format.js";
import type { Loaded } from "./load.js";
import { recordDoc } from "./record-doc.js";
import { summariesOf } from "./sections.js";
import { closest, suggestIds } from "./suggest.js";
import { timelineFor } from "./timeline-query.js";

/** Where a command writes. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const EXTRA_NAMES: Record<string, CollectionName> = {
  orgs: "organizations",
  organisations: "organizations",
  organisation: "organizations",
  upr: "uprReviews",
  terms: "membershipTerms",
  membership: "membershipTerms",
};

/** A collection by any of its names: `membershipTerms`, `membership-terms`, `membership-term`, `terms`… */
export function resolveCollection(name: string): CollectionName | undefined {
  const wanted = name.toLowerCase();
  if (EXTRA_NAMES[wanted]) return EXTRA_NAMES[wanted];
  return COLLECTION_NAMES.find((c) => {
    const kebab = c.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
    return [c.toLowerCase(), kebab, KIND_OF_COLLECTION[c]].includes(wanted);
  });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const rowsOf = (summaries: readonly RecordSummary[]) =>
  columns(summaries.map((s) => [formatDate(s.date), clean(s.subtitle ?? ""), clean(s.title), s.id])).join("\n");

function unknownCollection(name: string, io: Io): number {
  const near = closest(name, COLLECTION_NAMES, 1)[0];
  io.err(`kz-hrc: unknown kind ${quoteArg(name)}${near ? ` (did you mean ${near}?)` : ""}; kinds: ${COLLECTION_NAMES.join(", ")}\n`);
  return 2;
}

/** Runs a scriptable command and returns its exit code: 0 done, 1 not found, 2 usage error. */
export function runCommand(command: Command, loaded: Loaded, io: Io): number {
  const { api } = loaded;
  switch (command.name) {
    case "browse":
    case "timeline": {
      const { events, errors } = timelineFor(api, command.name === "timeline" ? command.query : "");
      if (errors.length) {
        io.err(`kz-hrc: ${clean(errors[0] ?? "")}\n`);
        return 2;
      }
      if (command.json) io.out(json(events));
      else if (events.length) io.out(`${rowsOf(events.flatMap((e) => api.getSummary(e.id) ?? []))}\n`);
      else io.err("No events match.\n");
      return 0;
    }
    case "show": {
      const entry = api.getRecord(command.id);
      const doc = recordDoc(api, command.id, loaded.statusOf);
      if (!entry || !doc) {
        const near = suggestIds(api, command.id);
        io.err(`kz-hrc: no record with id ${quoteArg(command.id)}${near.length ? `. Did you mean: ${near.join(", ")}?` : ""}\n`);
        return 1;
      }
      if (!command.json) {
        io.out(docToText(doc));
        return 0;
      }
      const ref = { kind: entry.kind, id: command.id };
      const date = api.getSummary(command.id)?.date;
      io.out(
        json({
          kind: entry.kind,
          id: command.id,
          path: recordPath(entry.kind, command.id),
          summary: api.getSummary(command.id),
          record: entry.record,
          ...(date && (entry.kind === "event" || entry.kind === "statement") ? { membership: api.membershipContext(date) } : {}),
          ...(entry.kind === "statement"
            ? { assessments: api.listAssessmentsOf(command.id), assesses: api.listClaimsAssessedBy(command.id) }
            : {}),
          citations: api.listCitationsOf(ref).map((c) => ({ ...c, status: loaded.statusOf(c) })),
          discrepancies: api.listDiscrepanciesAbout(ref),
          unknowns: api.listUnknownsAbout(ref),
        }),
      );
      return 0;
    }
    case "search": {
      const response = api.search(command.query, { limit: command.limit });
      if (response.errors.length) {
        io.err(`kz-hrc: ${clean(response.errors[0] ?? "")}\n`);
        return 2;
      }
      if (command.json) io.out(json({ query: command.query, ...response }));
      else if (response.results.length) {
        io.out(`${columns(response.results.map((r) => [r.kind, formatDate(r.date), clean(r.title), r.id])).join("\n")}\n`);
        if (response.total > response.results.length) io.err(`${response.results.length} of ${response.total} results (--limit to see more)\n`);
      } else io.err("No records match.\n");
      return 0;
    }
    case "list": {
      const collection = resolveCollection(command.kind);
      if (!collection) return unknownCollection(command.kind, io);
      const summaries = summariesOf(api, KIND_OF_COLLECTION[collection]);
      if (command.json) io.out(json(summaries.map((s) => ({ ...s, path: recordPath(s.kind, s.id) }))));
      else if (summaries.length) io.out(`${rowsOf(summaries)}\n`);
      else io.err(`No ${collection} yet.\n`);
      return 0;
    }
    case "export": {
      const collection = command.collection === undefined ? undefined : resolveCollection(command.collection);
      if (command.collection !== undefined && !collection) return unknownCollection(command.collection, io);
      const data = loaded.exportDataset();
      if (command.format === "csv") {
        if (!collection) {
          io.err(`kz-hrc: CSV needs --kind <collection>; collections: ${COLLECTION_NAMES.join(", ")}\n`);
          return 2;
        }
        io.out(toCsv(data, collection));
      } else io.out(JSON.stringify(collection ? data[collection] : data));
      return 0;
    }
    case "help":
    case "version":
      return 0;
  }
}
