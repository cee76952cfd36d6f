import {
  type Api,
  COLLECTION_NAMES,
  citeIn,
  collectionOf,
  kindLabel,
  kindLabelPlural,
  type RecordSummary,
  toCsv,
} from "@kz-hrc/core";
import { type Command, type Output, UsageError } from "./args.js";
import { docToText } from "./doc-text.js";
import { recommendationQuery, selectRecords, timelineEvents, timelineQuery, voteQuery } from "./filters.js";
import { clean, columns, lowerFirst, quoteArg, shortDate } from "./format.js";
import { recordJson, showJson } from "./json.js";
import type { Loaded } from "./load.js";
import { recordDoc } from "./record-doc.js";
import { suggestIds } from "./suggest.js";

/** Where a command writes; `columns` when that is a terminal, to fit text to its width. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  columns?: number;
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Records as aligned text: date, title, context, id (empty columns dropped); on a terminal, titles and context cut to its width. */
const rowsOf = (summaries: readonly RecordSummary[], width?: number) =>
  columns(
    summaries.map((s) => [shortDate(s.date), clean(s.title), clean(s.subtitle ?? ""), s.id]),
    { ...(width ? { width } : {}), shrink: [1, 2] },
  ).join("\n");

/** Writes records in the chosen output: aligned text, one JSON array, or one JSON object a line. */
function writeRecords(api: Api, io: Io, output: Output, summaries: readonly RecordSummary[], empty: string): void {
  if (output === "json") io.out(pretty(summaries.map((s) => recordJson(api, s.id))));
  else if (output === "jsonl") for (const s of summaries) io.out(`${JSON.stringify(recordJson(api, s.id))}\n`);
  else if (summaries.length) io.out(`${rowsOf(summaries, io.columns)}\n`);
  else io.err(`${empty}\n`);
}

/** A query's first problem as a usage error (the flag or filter is named in it). */
function check(errors: readonly string[]): void {
  if (errors.length) throw new UsageError(clean(errors[0] ?? ""));
}

/** Runs a scriptable command and returns its exit code: 0 done, 1 not found, 2 usage error. */
export function runCommand(command: Command, loaded: Loaded, io: Io): number {
  try {
    return run(command, loaded, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`kz-hrc: ${error.message}\n`);
    return 2;
  }
}

function run(command: Command, loaded: Loaded, io: Io): number {
  const { api } = loaded;
  switch (command.name) {
    case "browse":
    case "timeline": {
      const query = timelineQuery(
        api,
        command.name === "timeline" ? command.flags : new Map(),
        command.name === "timeline" ? command.query : "",
      );
      check(query.errors);
      writeRecords(api, io, command.output, timelineEvents(api, query), "No events match.");
      return 0;
    }
    case "recommendations": {
      const query = recommendationQuery(api, command.flags, command.query);
      check(query.errors);
      const items = selectRecords(api, api.listRecommendations(), query);
      writeRecords(api, io, command.output, items, "No recommendations match.");
      return 0;
    }
    case "votes": {
      const query = voteQuery(api, command.flags, command.query);
      check(query.errors);
      const items = selectRecords(api, api.listVotes(), query);
      writeRecords(
        api,
        io,
        command.output,
        items,
        api.listVotes().length ? "No votes match." : "No Council votes in the record yet.",
      );
      return 0;
    }
    case "show": {
      const lines = recordDoc(api, command.id, loaded.statusOf);
      const json = lines && showJson(api, command.id, lines, loaded.statusOf);
      if (!lines || !json) {
        const near = suggestIds(api, command.id);
        io.err(
          `kz-hrc: no record with id ${quoteArg(command.id)}${near.length ? `. Did you mean: ${near.join(", ")}?` : ""}\n`,
        );
        return 1;
      }
      if (command.output === "text") io.out(docToText(lines));
      else io.out(command.output === "json" ? pretty(json) : `${JSON.stringify(json)}\n`);
      return 0;
    }
    case "cite": {
      const entry = api.getRecord(command.id);
      const quotes = entry ? api.listCitationsOf({ kind: entry.kind, id: command.id }) : [];
      const quote = command.quote === undefined ? undefined : quotes[command.quote - 1];
      if (entry && command.quote !== undefined && !quote) {
        io.err(
          `kz-hrc: ${quoteArg(command.id)} has ${quotes.length} quote${quotes.length === 1 ? "" : "s"}; --quote takes 1 to ${quotes.length}\n`,
        );
        return 2;
      }
      const text =
        entry &&
        citeIn(api, api.dataset.version, command.id, command.format, {
          ...(process.env.SITE_URL ? { siteUrl: process.env.SITE_URL } : {}),
          ...(quote ? { quote } : {}),
        });
      if (!text) {
        const near = suggestIds(api, command.id);
        io.err(
          `kz-hrc: no record with id ${quoteArg(command.id)}${near.length ? `. Did you mean: ${near.join(", ")}?` : ""}\n`,
        );
        return 1;
      }
      io.out(text.endsWith("\n") ? text : `${text}\n`);
      return 0;
    }
    case "search": {
      const response = api.search(command.query, { limit: command.limit });
      check(response.errors);
      const results = response.results.map(({ score, snippet, id }) => ({
        ...recordJson(api, id),
        score,
        ...(snippet ? { snippet } : {}),
      }));
      if (command.output === "json") io.out(pretty({ query: command.query, total: response.total, results }));
      else if (command.output === "jsonl") for (const r of results) io.out(`${JSON.stringify(r)}\n`);
      else if (response.results.length) {
        const rows = response.results.map((r) => [kindLabel(r.kind), shortDate(r.date), clean(r.title), r.id]);
        io.out(`${columns(rows, { ...(io.columns ? { width: io.columns } : {}), shrink: [2] }).join("\n")}\n`);
        if (response.total > response.results.length)
          io.err(`${response.results.length} of ${response.total} results (--limit to see more)\n`);
      } else io.err("No records match.\n");
      return 0;
    }
    case "list": {
      const summaries = api.listSummaries(command.kind);
      writeRecords(
        api,
        io,
        command.output,
        summaries,
        `No ${lowerFirst(kindLabelPlural(command.kind))} in the record yet.`,
      );
      return 0;
    }
    case "export": {
      const collection = command.kind === undefined ? undefined : collectionOf(command.kind);
      const data = loaded.exportDataset();
      if (command.format === "csv") {
        if (!collection)
          throw new UsageError(`CSV needs --kind <collection>; collections: ${COLLECTION_NAMES.join(", ")}`);
        io.out(toCsv(data, collection));
      } else io.out(pretty(collection ? data[collection] : data));
      return 0;
    }
    case "help":
    case "version":
    case "completion":
      return 0;
  }
}
