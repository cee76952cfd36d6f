import { FILTER_KEYS } from "@kz-hrc/core/grammar";
import type { CommandName } from "./args.js";

const GRAMMAR = `Query grammar (shared with the site): free words, "exact phrases", and filters
  ${FILTER_KEYS.map((k) => `${k}:`).join(" ")}
  e.g.  year:2012..2024 type:election topic:death-penalty perspective:civil-society sort:newest`;

const COMMON = `  --json          machine-readable output
  --data <dir>    read the data files of a folder instead of the bundled dataset
  -h, --help      show help`;

/** Help text of the program and of each command. */
export const HELP: Record<CommandName | "main", string> = {
  main: `kz-hrc: Kazakhstan at the UN Human Rights Council, in the terminal.

Usage
  kz-hrc                       browse interactively (on a terminal; plain timeline when piped)
  kz-hrc timeline [filters]    events in date order
  kz-hrc show <id>             one record with its sources and links
  kz-hrc search <query>        search every record
  kz-hrc list <kind>           every record of a kind
  kz-hrc export --format json|csv [--kind <collection>]

Options
${COMMON}
  -v, --version   print the version

Exit codes: 0 success, 1 record not found or data invalid, 2 usage error.
${GRAMMAR}`,
  timeline: `Usage: kz-hrc timeline [filters] [query…]

Events in date order. Filters (repeatable where it makes sense):
  --from <date>  --to <date>        partial ISO dates: 2012, 2012-11, 2012-11-12
  --kind <event-kind>               election, upr-review, law, council-session…
  --topic <id>  --person <id>  --org <id>  --source <id>
  --perspective <perspective>       kazakh-government, civil-society, intergovernmental…
  --member yes|no                   while Kazakhstan sat on the Council, or not
  --order oldest|newest
${COMMON}
${GRAMMAR}`,
  show: `Usage: kz-hrc show <id>

One record: its fields, citations with quotes and sources, links to related records
(shown as [id]), membership context, discrepancies and unknowns.
Exits 1 with suggestions when no record has that id.
${COMMON}`,
  search: `Usage: kz-hrc search <query…>

Searches every record, ranked, with the shared grammar.
  --limit <n>     at most n results (default 20)
${COMMON}
${GRAMMAR}`,
  list: `Usage: kz-hrc list <kind>

Every record of a kind: events, statements, people, organizations, sources, topics,
upr-reviews, membership-terms, reforms, discrepancies, unknowns (singular works too).
${COMMON}`,
  export: `Usage: kz-hrc export [--format json|csv] [--kind <collection>]

The dataset as JSON (the same as @kz-hrc/core's exportDataset()), or one collection as
CSV (--kind is required for CSV). Collections: sources, people, organizations, events,
statements, membershipTerms, uprReviews, reforms, topics, discrepancies, unknowns.
  --format json|csv   default json (--json means the same)
  --kind <collection> one collection only
  --data <dir>        read the data files of a folder instead of the bundled dataset`,
};
