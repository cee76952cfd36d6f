import { FILTER_KEYS } from "@kz-hrc/core/grammar";
import type { CommandName } from "./args.js";

const GRAMMAR = `Query grammar (shared with the site): free words, "exact phrases", and filters
  ${FILTER_KEYS.map((k) => `${k}:`).join(" ")}
  kind: is the record kind (event, statement, recommendation…), type: the event or other sub-type
  -word or -"a phrase" leaves out records that have it; accents do not matter (cote finds Côte)
  e.g.  year:2012..2024 type:election topic:death-penalty perspective:civil-society sort:newest`;

const COMMON = `  --json          one JSON document (every record: kind, id, type, path, title, date…)
  --jsonl         one JSON record a line
  --data <dir>    read the data files of a folder instead of the bundled dataset
  --no-pager      never page: on a terminal, text longer than the screen goes through $PAGER
  -h, --help      show help`;

const EXIT = "Exit codes: 0 success, 1 record not found or data invalid, 2 usage error, 130 interrupted.";

/** Help text of the program and of each command. */
export const HELP: ReadonlyMap<CommandName | "main", string> = new Map<CommandName | "main", string>([
  [
    "main",
    `kz-hrc: Kazakhstan at the UN Human Rights Council, in the terminal.

Usage
  kz-hrc                       browse interactively (on a terminal; plain timeline when piped)
  kz-hrc timeline [filters]    events in date order
  kz-hrc show <id>             one record with its sources and links
  kz-hrc search <query>        search every record
  kz-hrc list <kind>           every record of a kind
  kz-hrc recommendations       UPR recommendations: --cycle --response --state --topic
  kz-hrc votes                 Council votes: --term --vote --topic
  kz-hrc cite <id>             a citation of a record: --format text|bibtex|csl, --quote <n>
  kz-hrc export --format json|csv [--kind <kind>]
  kz-hrc completion bash|zsh|fish   shell completion of commands, flags and record ids

Options
${COMMON}
  -v, --version   print the version

${EXIT}

Environment
  PAGER, KZ_HRC_PAGER   the pager for long text on a terminal (default less; empty or cat: none)
  BROWSER               what o opens addresses with (default the desktop's opener)
  SITE_URL              the site's address in citations and record addresses
  NO_COLOR              no colour

In the browser, o opens a record's address and y copies its id, address or citation;
press ? for every key.

${GRAMMAR}`,
  ],
  [
    "timeline",
    `Usage: kz-hrc timeline [filters] [query…]

Events in date order. Filters (repeatable where it makes sense):
  --from <date>  --to <date>        dates such as 2012, 2012-11, 2012-11-12
  --type <event-type>               election, upr-review, law, council-session…
  --topic <id or name>  --person <id or name>  --org <id or name>  --source <id>
  --perspective <perspective>       kazakh-government, civil-society, intergovernmental…
  --member yes|no                   while Kazakhstan sat on the Council, or not
  --order oldest|newest
  (--kind is the record kind: the timeline lists events only)
${COMMON}
${GRAMMAR}`,
  ],
  [
    "cite",
    `Usage: kz-hrc cite <id> [--format text|bibtex|csl] [--quote <n>]

A citation of one record (or of its n-th quote, as show lists them): plain text, BibTeX
or CSL-JSON, with the record's address on the site, today's date as the date accessed,
and the dataset version. SITE_URL sets the site's address.

${EXIT}`,
  ],
  [
    "show",
    `Usage: kz-hrc show <id>

One record: its fields, citations with quotes and sources, links to related records
(shown as [id]), membership context, discrepancies and unknowns. --json gives the
record with its links and every citation's source (title, publisher, date, address).
Exits 1 with suggestions when no record has that id.
${COMMON}`,
  ],
  [
    "search",
    `Usage: kz-hrc search <query…>

Searches every record, ranked, with the shared grammar.
  --limit <n>     at most n results (default 20)
${COMMON}
${GRAMMAR}`,
  ],
  [
    "list",
    `Usage: kz-hrc list <kind>

Every record of a kind, in its list order: events, statements, people, organizations,
sources, topics, upr-reviews, recommendations, votes, membership-terms, reforms,
discrepancies, unknowns (singular, plural and the site's names work too).
${COMMON}`,
  ],
  [
    "recommendations",
    `Usage: kz-hrc recommendations [filters] [words…]

UPR recommendations to Kazakhstan, review by review in the reports' order.
  --cycle <n>          the review's cycle (1, 2, 3…)
  --response <r>       supported (any supported response), supported-implemented,
                       supported-being-implemented, noted, pending, unknown
  --state <id or name> a recommending state, e.g. France
  --topic <id or name>
  words…               words of the recommendation; -word leaves out
${COMMON}`,
  ],
  [
    "votes",
    `Usage: kz-hrc votes [filters] [words…]

Recorded Council votes in date order, with Kazakhstan's vote where a source names it.
  --term <term>        a membership term, e.g. 2022-2024
  --vote <vote>        Kazakhstan's vote: in-favour, against, abstained, not-sourced
  --topic <id or name>
  --from <date>  --to <date>
${COMMON}`,
  ],
  [
    "completion",
    `Usage: kz-hrc completion bash|zsh|fish

Writes a script that makes the shell complete kz-hrc's commands, flags, their values
(topics, terms, responses…) and record ids. To use it:
  bash   add to ~/.bashrc:  source <(kz-hrc completion bash)
  zsh    add to ~/.zshrc, after compinit:  source <(kz-hrc completion zsh)
  fish   kz-hrc completion fish > ~/.config/fish/completions/kz-hrc.fish`,
  ],
  [
    "export",
    `Usage: kz-hrc export [--format json|csv] [--kind <kind>]

The dataset as JSON (core's exportDataset(), indented), or one kind as CSV (--kind is
required for CSV). Kinds: sources, people, organizations, events, statements,
membershipTerms, uprReviews, recommendations, votes, reforms, topics, discrepancies, unknowns.
  --format json|csv   default json (--json means the same)
  --kind <kind>       one kind only
  --data <dir>        read the data files of a folder instead of the bundled dataset`,
  ],
]);
