/**
 * The search engine behind core's `search()`. It runs over plain search documents and
 * holds no data and no zod, so a browser can load the same documents as JSON, import
 * this module alone (`@kz-hrc/core/search`) and get exactly the answers the query API
 * gives: one ranking for the site, the TUI and library users.
 *
 * How it ranks: a record's title and names count most, then what kind of record it is
 * ("election", "achievement claim"), who it concerns and when it is dated, then its own
 * words. A word typed whole beats its other forms (elected, elections), which beat the
 * longer words it starts (prefix, 3 letters or more), which beat near spellings (typos,
 * 5 letters or more). Among results of similar score, records that answer a question
 * (events, reviews, reforms, people, votes, recommendations, terms) come before the
 * sources, organizations and open questions that document them. Every expansion is
 * capped, so any query of up to 300 characters costs a bounded amount of work.
 */
import MiniSearch from "minisearch";
import type { RecordKind } from "../schemas/kinds.js";
import { startOf } from "../text/dates.js";
import { formatDate, humanize, kindLabel } from "../text/wording.js";
import type { RecordSummary } from "./describe.js";
import { matchesFilter, type RecordFacets } from "./filter.js";
import { parseQuery } from "./grammar.js";

/** One record as search sees it: how it is shown, what filters test, what words match. */
export interface SearchDocument {
  summary: RecordSummary;
  facets: RecordFacets;
  /** The record's own words, in parts separated by line breaks; snippets are cut from them. */
  text: string;
  /** Other names the record goes by (a person's other spellings, an organization's short name). */
  names?: string;
}

/** A search hit: the record's summary, its score and a snippet of matching text. */
export interface SearchResult extends RecordSummary {
  score: number;
  snippet?: string;
}

/** Results plus the query's readable errors (unknown filters, bad values). */
export interface SearchResponse {
  results: SearchResult[];
  errors: string[];
  total: number;
}

export interface SearchEngine {
  search(query: string, options?: { limit?: number }): SearchResponse;
}

// ---------------------------------------------------------------------------------
// Words: folding, tokens, stems
// ---------------------------------------------------------------------------------

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ł: "l",
  ı: "i",
  þ: "th",
  ð: "d",
};

/** Lower case without diacritics, so that `cote` finds `Côte` and `turk` finds `Türk`. */
export function foldText(text: string): string {
  // Plain ASCII, most of the record, needs no decomposition.
  if (/^[ -~\s]*$/.test(text)) return text.toLowerCase().replace(/([a-z])'s(?![a-z0-9])/g, "$1");
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđłıþð]/g, (c) => LETTER_FOLDS[c] ?? c)
    .replace(/(\p{L})['’ʼ]s(?![\p{L}\p{N}])/gu, "$1");
}

/** Words, numbers and UN symbols (`a/hrc/res/51/25`, `l.6`) of folded text. */
const TOKEN = /[\p{L}\p{N}]+(?:[./][\p{L}\p{N}]+)*/gu;

/** Tokens of folded text as a query reads them: a symbol stays one token. */
function queryTokens(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

/** Tokens of folded text as the index stores them: a symbol also as its parts, so `hrc` finds it. */
function indexTokens(folded: string): string[] {
  const out: string[] = [];
  for (const token of folded.match(TOKEN) ?? []) {
    out.push(token);
    if (token.includes("/")) for (const part of token.split("/")) if (part.includes(".")) out.push(part);
    if (token.includes("/") || token.includes(".")) out.push(...token.split(/[./]/));
  }
  return out;
}

const STEM_SUFFIXES: readonly (readonly [string, string])[] = [
  ["ations", ""],
  ["ation", ""],
  ["ions", ""],
  ["ion", ""],
  ["ings", ""],
  ["ing", ""],
  ["ied", "y"],
  ["ies", "y"],
  ["ed", ""],
  ["es", ""],
  ["s", ""],
];

/**
 * A light English stem, used only to group a word's forms (elect, elected, election,
 * elections; vote, votes, voted, voting): never shown, never stored.
 */
export function stemOf(term: string): string {
  if (term.length < 4 || !/^\p{L}+$/u.test(term)) return term;
  for (const [suffix, replacement] of STEM_SUFFIXES) {
    if (!term.endsWith(suffix)) continue;
    if (suffix === "s" && /[sui]s$/.test(term)) break;
    if (suffix === "es" && !/(?:[sxz]|ch|sh)es$/.test(term)) continue;
    const stem = term.slice(0, -suffix.length) + replacement;
    if (stem.length >= 3) return stem.replace(/e$/, "");
    break;
  }
  return term.replace(/e$/, "");
}

/** Words too common to require: they still count for phrase matches. */
const STOP_WORDS = new Set(
  "a an and are as at be been by did do does for from had has have how in into is it its of on or than that the their then this to was were what when where which who whom why will with".split(
    " ",
  ),
);

/**
 * Words a record is also found by: each phrase on the left, found in a field, adds the
 * words on the right to that field. Search vocabulary, not facts about the record.
 */
const ALIASES: readonly (readonly [RegExp, string])[] = [
  [/\buniversal periodic review\b/, "upr"],
  [/\bupr\b/, "universal periodic review"],
  [/\bhuman rights council\b/, "hrc"],
  [/\bhrc\b/, "human rights council"],
  [/\bxinjiang\b/, "uyghur uighur"],
  [/\bdeath penalty\b/, "capital punishment"],
  [/\bcapital punishment\b/, "death penalty"],
  [/\bcommissioner for human rights\b/, "ombudsman"],
  [/\bcycle 1\b/, "first 1st"],
  [/\bcycle 2\b/, "second 2nd"],
  [/\bcycle 3\b/, "third 3rd"],
  [/\bcycle 4\b/, "fourth 4th"],
  [/\bcycle 5\b/, "fifth 5th"],
];

/** Any phrase of the aliases, to skip the text that holds none (most of it) in one test. */
const ANY_ALIAS = new RegExp(ALIASES.map(([pattern]) => pattern.source).join("|"));

function withAliases(folded: string): string {
  if (!ANY_ALIAS.test(folded)) return folded;
  const extra = ALIASES.filter(([pattern]) => pattern.test(folded)).map(([, words]) => words);
  return extra.length ? `${folded} ${extra.join(" ")}` : folded;
}

// ---------------------------------------------------------------------------------
// Ranking constants
// ---------------------------------------------------------------------------------

/**
 * The indexed fields and how much a match in each counts: the title; the other names a
 * record goes by (spellings, short names, UN symbols); what it is and when (kind, type,
 * year, month); its line of context (speaker, recommending states, symbol); its own text;
 * the names of the topics, people and organizations it concerns, and the words of its id.
 */
const FIELD_BOOSTS = { title: 6, names: 6, what: 5, context: 2, text: 1, related: 0.6 } as const;
type Field = keyof typeof FIELD_BOOSTS;
/** Fields that say what a record is and when: a word found there counts as in the title. */
const NAMING_FIELDS: ReadonlySet<string> = new Set(["title", "names", "what"]);
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

/**
 * Records that answer a question first when scores are close; the sources, organizations
 * and open questions that document them after.
 */
const KIND_WEIGHT: Readonly<Record<RecordKind, number>> = {
  event: 1,
  "upr-review": 1,
  reform: 1,
  person: 1,
  vote: 1,
  recommendation: 0.95,
  "membership-term": 1,
  topic: 0.95,
  statement: 0.85,
  discrepancy: 0.7,
  organization: 0.75,
  source: 0.6,
  unknown: 0.55,
};

/**
 * A year typed is one signal whether the record is dated in it or mentions it: it scores
 * the better of the two, not their sum, so that "2012 election" favours the elections
 * dated 2012 over records that mention the year in their title as well.
 */
const AS_DATE = { fields: ["what"], boost: { what: 8 }, bm25: { k: 1.2, b: 0, d: 0.5 } };
const AS_WORD = { fields: FIELDS.filter((f) => f !== "what") };
const isYear = (term: string) => /^(?:19|20)\d\d$/.test(term);

/** Kinds whose title is their own text shortened (a quote, a recommendation): the text alone is indexed. */
const TITLE_IS_TEXT: ReadonlySet<RecordKind> = new Set(["statement", "recommendation"]);

/** Bonuses (multipliers): every word in a naming field; a word naming the kind; the share of a name matched (squared); the words in order in a name. */
const BONUS = { allInTitle: 1.3, ofKind: 1.25, names: 0.8, order: 1.2 } as const;
const MAX_BONUS = BONUS.allInTitle * BONUS.ofKind * (1 + BONUS.names) * BONUS.order;

/** How much each way of matching a typed word counts. */
const WEIGHT = { exact: 1, form: 0.8, prefix: 0.45, fuzzy: 0.3 } as const;

/** Bounds that keep the worst query cheap. */
export const SEARCH_LIMITS = {
  /** Distinct words searched; further words are reported and ignored. */
  terms: 24,
  /** Words (the first ones) that are expanded by prefix and by spelling. */
  expanded: 6,
  /** Other forms of one word. */
  forms: 8,
  /** Longer words one word starts. */
  prefixes: 20,
  /** Near spellings of one word. */
  fuzzy: 8,
  /** Shortest word expanded by prefix, and by spelling. */
  prefixFrom: 3,
  fuzzyFrom: 5,
  /** Longest word expanded by spelling (longer ones are not words a typo is made in). */
  fuzzyTo: 24,
} as const;

// ---------------------------------------------------------------------------------
// The index
// ---------------------------------------------------------------------------------

interface Entry {
  doc: SearchDocument;
  /** Start of the record's date, for sorting by date; "0000" when undated. */
  sortDate: string;
  /** The record's words as one token stream, for phrase tests (computed on first use). */
  flat?: string;
  /** The title and each other name, for the name-coverage bonus (computed on first use). */
  nameLines?: NameLine[];
}

/** A title or other name of a record, ready for the coverage and word-order bonuses. */
interface NameLine {
  /** Every word, space-delimited, for the word-order test. */
  words: string;
  /** Words other than common ones, each with its rarity (inverse document frequency). */
  tokens: string[];
  weights: number[];
  /** Phrases of the line that have aliases: the alias words, and the line's words they cover. */
  aliases: { words: string[]; covers: string[] }[];
}

interface Vocabulary {
  /** Every indexed term, sorted, for prefix lookups. */
  sorted: string[];
  /** Number of records each term occurs in. */
  frequency: Map<string, number>;
  /** Terms grouped by stem. */
  forms: Map<string, string[]>;
  /** Number of records. */
  count: number;
}

const MONTHS = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/** The month the record is dated in, in words ("january"), when known. */
function monthWord(date: string | undefined): string {
  if (!date || date.length < 7) return "";
  return formatDate(date.slice(0, 7)).split(" ")[0] ?? "";
}

function kindWords(doc: SearchDocument): string {
  const type = doc.facets.type;
  return `${kindLabel(doc.summary.kind)} ${type ? humanize(type) : ""}`;
}

/** Index of the first term in `sorted` not below `value`. */
function lowerBound(sorted: readonly string[], value: string, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? "") < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Terms of the sorted vocabulary within `max` edits of `word`, with their distance. Walks
 * the vocabulary as a trie: terms that share a prefix share rows of the edit-distance
 * table, and a prefix already too far from the word skips every term that starts with it.
 */
function nearTerms(sorted: readonly string[], word: string, max: number): [string, number][] {
  const out: [string, number][] = [];
  const width = word.length + 1;
  // Row k of the edit-distance table (term's first k letters against the word), flat and reused.
  let table = new Int32Array(width * 32);
  for (let j = 0; j < width; j++) table[j] = j;
  let filled = 0;
  let previous = "";
  let i = 0;
  while (i < sorted.length) {
    const term = sorted[i] ?? "";
    if ((term.length + 1) * width > table.length) {
      const larger = new Int32Array((term.length + 1) * width * 2);
      larger.set(table);
      table = larger;
    }
    let shared = 0;
    const limit = Math.min(previous.length, term.length, filled);
    while (shared < limit && previous[shared] === term[shared]) shared++;
    let prunedAt = -1;
    for (let k = shared; k < term.length; k++) {
      const above = k * width;
      const row = above + width;
      table[row] = k + 1;
      let least = k + 1;
      for (let j = 1; j < width; j++) {
        const value = Math.min(
          (table[above + j] ?? 0) + 1,
          (table[row + j - 1] ?? 0) + 1,
          (table[above + j - 1] ?? 0) + (word[j - 1] === term[k] ? 0 : 1),
        );
        table[row + j] = value;
        if (value < least) least = value;
      }
      if (least > max) {
        prunedAt = k;
        break;
      }
    }
    previous = term;
    if (prunedAt >= 0) {
      // Every term that starts with the pruned prefix is as far: skip them all.
      filled = prunedAt;
      i = lowerBound(sorted, `${term.slice(0, prunedAt + 1)}\uffff`, i + 1);
      continue;
    }
    filled = term.length;
    const distance = table[term.length * width + word.length] ?? max + 1;
    if (distance <= max && distance > 0) out.push([term, distance]);
    i++;
  }
  return out;
}

/** One typed word and the index terms it stands for, each with its weight. */
interface TermGroup {
  word: string;
  terms: Map<string, number>;
}

function isNumber(term: string): boolean {
  return /^\p{N}+$/u.test(term);
}

function expand(word: string, vocabulary: Vocabulary, full: boolean, exactOnly: boolean): TermGroup {
  const terms = new Map<string, number>();
  const add = (term: string, weight: number) => {
    if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
  };
  add(word, WEIGHT.exact);
  if (exactOnly || isNumber(word)) return { word, terms };
  for (const form of (vocabulary.forms.get(stemOf(word)) ?? []).slice(0, SEARCH_LIMITS.forms)) add(form, WEIGHT.form);
  if (!full) return { word, terms };
  const frequency = (term: string) => vocabulary.frequency.get(term) ?? 0;
  const byFrequency = (a: string, b: string) => frequency(b) - frequency(a) || a.length - b.length || (a < b ? -1 : 1);
  if (word.length >= SEARCH_LIMITS.prefixFrom) {
    const { sorted } = vocabulary;
    const lo = lowerBound(sorted, word);
    const found: string[] = [];
    // A bounded scan: the first few hundred terms that start with the word are enough to pick the most common.
    for (let i = lo; i < sorted.length && i < lo + 400; i++) {
      const term = sorted[i] ?? "";
      if (!term.startsWith(word)) break;
      if (term !== word) found.push(term);
    }
    for (const term of found.sort(byFrequency).slice(0, SEARCH_LIMITS.prefixes)) {
      add(term, (WEIGHT.prefix * word.length) / (word.length + 0.3 * (term.length - word.length)));
    }
  }
  if (word.length >= SEARCH_LIMITS.fuzzyFrom && word.length <= SEARCH_LIMITS.fuzzyTo && /^\p{L}+$/u.test(word)) {
    const max = word.length >= 10 ? 2 : 1;
    const near = nearTerms(vocabulary.sorted, word, max);
    near.sort((a, b) => a[1] - b[1] || byFrequency(a[0], b[0]));
    for (const [term, d] of near.slice(0, SEARCH_LIMITS.fuzzy))
      add(term, (WEIGHT.fuzzy * word.length) / (word.length + d));
  }
  // A rare longer word or near spelling would otherwise outscore the common word meant:
  // every other form counts at most as much as the most common term of the group.
  const idf = (term: string) => {
    const f = frequency(term);
    return Math.log(1 + (vocabulary.count - f + 0.5) / (f + 0.5));
  };
  const common = Math.min(...[...terms.keys()].map(idf));
  for (const [term, weight] of terms) if (term !== word) terms.set(term, weight * Math.min(1, common / idf(term)));
  return { word, terms };
}

/** Folds one token of text; plain ASCII needs only lower case (the common, fast case). */
function foldToken(token: string): string {
  return /^[ -~]*$/.test(token) ? token.toLowerCase() : foldText(token);
}

const SNIPPET_WIDTH = 180;
/** Only the start of a very long text is searched for the snippet's window. */
const SNIPPET_SCAN = 10_000;
/** Matches enough to choose a window from. */
const SNIPPET_HITS = 40;

/**
 * A readable piece of the record's own words around the matched terms: the window that
 * shows the most of them, cut at word boundaries, parts joined as sentences, ISO dates
 * in words. Without a match in the text, its opening.
 */
function snippetOf(text: string, matched: ReadonlySet<string>): string | undefined {
  if (!text.trim()) return undefined;
  const positions: { at: number; end: number; term: string }[] = [];
  for (const m of text.slice(0, SNIPPET_SCAN).matchAll(TOKEN)) {
    const term = foldToken(m[0]);
    const hit = matched.has(term)
      ? term
      : /[./]/.test(term)
        ? indexTokens(term).find((t) => matched.has(t))
        : undefined;
    if (hit) positions.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, term: hit });
    if (positions.length >= SNIPPET_HITS) break;
  }
  let start = 0;
  if (positions.length) {
    // A sliding window: the span of at most the snippet's width with the most distinct matched terms.
    const counts = new Map<string, number>();
    let best = 0;
    let left = 0;
    for (let right = 0; right < positions.length; right++) {
      const r = positions[right];
      if (!r) continue;
      counts.set(r.term, (counts.get(r.term) ?? 0) + 1);
      while (left < right && r.end - (positions[left]?.at ?? 0) > SNIPPET_WIDTH - 40) {
        const l = positions[left]?.term ?? "";
        const n = (counts.get(l) ?? 1) - 1;
        if (n) counts.set(l, n);
        else counts.delete(l);
        left++;
      }
      if (counts.size > best) {
        best = counts.size;
        start = positions[left]?.at ?? 0;
      }
    }
    // Begin at the start of the sentence or part when it is near, else a little before the word.
    const before = text.slice(Math.max(0, start - 60), start);
    const boundary = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
    start = boundary >= 0 ? start - before.length + boundary + 1 : Math.max(0, start - 40);
    while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? "")) start--;
  }
  while (start < text.length && /\s/.test(text[start] ?? "")) start++;
  const cut = Math.min(text.length, start + SNIPPET_WIDTH);
  let end = cut;
  while (end < text.length && end > cut - 40 && /[\p{L}\p{N}]/u.test(text[end] ?? "")) end--;
  if (end <= cut - 40) end = cut;
  const piece = text
    .slice(start, end)
    .replace(/([.!?:;…”"»)])[ \t]*\n\s*/g, "$1 ")
    .replace(/\s*\n\s*/g, " · ")
    .replace(/\s+/g, " ")
    .replace(/\b(\d{4}-\d{2}(?:-\d{2})?)\b/g, (iso) => formatDate(iso))
    .trim();
  if (!piece) return undefined;
  return `${start > 0 ? "…" : ""}${piece}${end < text.length ? "…" : ""}`;
}

const newestFirst = (a: Entry, b: Entry) => (a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : 0);

interface Hit {
  entry: Entry;
  score: number;
  /** Index terms that matched, for the snippet. */
  matched: Set<string>;
  /** How many typed words matched the title, a name or the record's kind. */
  inTitle: number;
  /** Whether a typed word names the record's kind or type. */
  ofKind: boolean;
}

interface GroupHit {
  score: number;
  matched: string[];
  inTitle: boolean;
  /** Whether the word names the record's kind or type ("vote", "election"). */
  ofKind: boolean;
}

/**
 * Indexes documents for the shared query grammar: ranked free text, "exact phrases",
 * -excluded words, narrowed by filters. A query of filters alone lists the matching
 * records, newest first. `search` never throws; bad parts of a query become errors.
 */
export function createSearchEngine(documents: readonly SearchDocument[]): SearchEngine {
  const entries: Entry[] = documents.map((doc) => ({
    doc,
    sortDate: doc.summary.date ? startOf(doc.summary.date) : "0000",
  }));
  // Names of the topics, people and organizations records refer to, from the documents themselves.
  const nameOf = new Map<string, string>();
  for (const { doc } of entries) {
    if (["topic", "person", "organization"].includes(doc.summary.kind)) {
      nameOf.set(
        doc.summary.id,
        indexTokens(withAliases(foldText(`${doc.summary.title} ${doc.names ?? ""}`))).join(" "),
      );
    }
  }
  const frequency = new Map<string, number>();
  /** The last record each term was counted for, so that a record counts once per term. */
  const lastCounted = new Map<string, number>();
  const fieldsOf = (entry: Entry, id: number): Record<Field, string> => {
    const { doc } = entry;
    const related = new Set([...doc.facets.topicIds, ...doc.facets.personIds, ...doc.facets.organizationIds]);
    related.delete(doc.summary.id);
    const raw: Record<Field, string> = {
      title: TITLE_IS_TEXT.has(doc.summary.kind) ? "" : doc.summary.title,
      names: doc.names ?? "",
      context: doc.summary.subtitle ?? "",
      what: `${kindWords(doc)} ${doc.summary.date?.slice(0, 4) ?? ""} ${monthWord(doc.summary.date)}`,
      text: doc.text,
      related: doc.summary.id.replaceAll("-", " "),
    };
    const out = {} as Record<Field, string>;
    for (const field of FIELDS) {
      let tokens = indexTokens(withAliases(foldText(raw[field])));
      // The names referred to are folded once, not once per record that refers to them.
      if (field === "related")
        tokens = tokens.concat(...[...related].map((other) => (nameOf.get(other) ?? "").split(" ")));
      for (const t of tokens) {
        if (!t || lastCounted.get(t) === id) continue;
        lastCounted.set(t, id);
        frequency.set(t, (frequency.get(t) ?? 0) + 1);
      }
      out[field] = tokens.join(" ");
    }
    return out;
  };
  const index = new MiniSearch<{ id: number } & Record<Field, string>>({
    fields: FIELDS,
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
    searchOptions: { boost: FIELD_BOOSTS },
  });
  index.addAll(entries.map((entry, id) => ({ id, ...fieldsOf(entry, id) })));
  const sorted = [...frequency.keys()].sort();
  const forms = new Map<string, string[]>();
  for (const term of sorted) {
    const stem = stemOf(term);
    const list = forms.get(stem);
    if (list) list.push(term);
    else forms.set(stem, [term]);
  }
  for (const list of forms.values()) list.sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0));
  const vocabulary: Vocabulary = { sorted, frequency, forms, count: entries.length };

  const termOptions = {
    tokenize: (t: string) => [t],
    processTerm: (t: string) => t,
    prefix: false,
    fuzzy: false,
  } as const;
  /**
   * The records a typed word matches, among `within` when given. A record scores by the
   * best of the word's forms it holds, not their sum: holding vote, votes and voted is not
   * three times as relevant as holding one of them.
   */
  const run = (group: TermGroup, within?: ReadonlyMap<number, unknown>): Map<number, GroupHit> => {
    const out = new Map<number, GroupHit>();
    const probes = [...group.terms].flatMap(([term, weight]) =>
      !frequency.has(term)
        ? []
        : isYear(term)
          ? [[term, weight, AS_DATE] as const, [term, weight, AS_WORD] as const]
          : [[term, weight, {}] as const],
    );
    for (const [term, weight, searched] of probes) {
      const options = { ...termOptions, ...searched };
      const results = index.search(term, within ? { ...options, filter: (r) => within.has(r.id as number) } : options);
      for (const r of results) {
        const score = r.score * weight;
        const fields = r.match[term] ?? [];
        const inTitle = fields.some((f) => NAMING_FIELDS.has(f));
        const ofKind = fields.includes("what") && !isYear(term) && !MONTHS.has(term);
        const hit = out.get(r.id as number);
        if (!hit) out.set(r.id as number, { score, matched: [term], inTitle, ofKind });
        else {
          hit.score = Math.max(hit.score, score);
          hit.matched.push(term);
          hit.inTitle ||= inTitle;
          hit.ofKind ||= ofKind;
        }
      }
    }
    return out;
  };

  /** Ids of records holding any form of a word (for -word), or a phrase (for -"phrase"). */
  const holding = (tokens: readonly string[]): Set<number> => {
    if (tokens.length === 1) {
      const word = tokens[0] ?? "";
      return new Set(run(expand(word, vocabulary, false, false)).keys());
    }
    const wanted = ` ${tokens.join(" ")} `;
    return new Set(entries.flatMap((entry, id) => (flatOf(entry).includes(wanted) ? [id] : [])));
  };

  const flatOf = (entry: Entry) => {
    entry.flat ??= ` ${[entry.doc.summary.title, entry.doc.names ?? "", entry.doc.summary.subtitle ?? "", entry.doc.text].map((s) => queryTokens(foldText(s)).join(" ")).join(" | ")} `;
    return entry.flat;
  };
  const idf = (term: string) => {
    const f = frequency.get(term) ?? 0;
    return Math.log(1 + (entries.length - f + 0.5) / (f + 0.5));
  };
  const nameLinesOf = (entry: Entry): NameLine[] => {
    const { doc } = entry;
    entry.nameLines ??= [
      TITLE_IS_TEXT.has(doc.summary.kind) ? "" : doc.summary.title,
      ...(doc.names ?? "").split("\n"),
    ].flatMap((line) => {
      const folded = foldText(line);
      const all = queryTokens(folded);
      const tokens = all.filter((t) => !STOP_WORDS.has(t));
      if (!tokens.length) return [];
      const aliases = ALIASES.flatMap(([pattern, words]) => {
        const phrase = folded.match(pattern)?.[0];
        return phrase ? [{ words: words.split(" "), covers: queryTokens(phrase) }] : [];
      });
      return [{ words: ` ${all.join(" ")} `, tokens, weights: tokens.map(idf), aliases }];
    });
    return entry.nameLines;
  };
  /**
   * How fully the query names the record: the largest share of a title's or name's words
   * that it matched, each word weighted by how rare it is (1 when every word matched).
   * Words of a phrase count as matched when its alias was (`capital punishment` covers
   * the topic "Death penalty").
   */
  const coverage = (hit: Hit) => {
    let best = 0;
    const has = (t: string) => hit.matched.has(t) || (/[./]/.test(t) && indexTokens(t).some((p) => hit.matched.has(p)));
    for (const { tokens, weights, aliases } of nameLinesOf(hit.entry)) {
      const covered = new Set(aliases.filter((a) => a.words.some((w) => hit.matched.has(w))).flatMap((a) => a.covers));
      let all = 0;
      let found = 0;
      tokens.forEach((t, i) => {
        const weight = weights[i] ?? 0;
        all += weight;
        if (covered.has(t) || has(t)) found += weight;
      });
      if (all > 0) best = Math.max(best, found / all);
    }
    return best;
  };

  return {
    search(query, options = {}) {
      const parsed = parseQuery(query);
      const errors = [...parsed.errors];
      const phrases: string[][] = [];
      const excluded: string[][] = [];
      const rest = parsed.text.replace(/(^|\s)(-?)"([^"]*)"?/g, (_, lead: string, minus: string, inner: string) => {
        const tokens = queryTokens(foldText(inner));
        if (tokens.length) (minus ? excluded : phrases).push(tokens);
        return lead;
      });
      const typed: string[] = [];
      for (const raw of rest.split(/\s+/)) {
        if (raw.length > 1 && raw.startsWith("-")) {
          for (const token of queryTokens(foldText(raw.slice(1)))) excluded.push([token]);
        } else typed.push(...queryTokens(foldText(raw)));
      }
      const content = typed.filter((w) => !STOP_WORDS.has(w));
      const required = [...new Set(content.length ? content : typed)];
      const phraseWords = [...new Set(phrases.flat())].filter((w) => !required.includes(w) && !STOP_WORDS.has(w));
      if (required.length + phraseWords.length > SEARCH_LIMITS.terms) {
        errors.push(`only the first ${SEARCH_LIMITS.terms} words are searched`);
      }
      let budget = SEARCH_LIMITS.expanded;
      const groups: TermGroup[] = [
        ...required.map((w) => [w, false] as const),
        ...phraseWords.map((w) => [w, true] as const),
      ]
        .slice(0, SEARCH_LIMITS.terms)
        .map(([word, exactOnly]) => {
          const full = !exactOnly && !isNumber(word) && word.length >= SEARCH_LIMITS.prefixFrom && budget > 0;
          if (full) budget -= 1;
          return expand(word, vocabulary, full, exactOnly);
        });
      const hasFilter = Object.keys(parsed.filter).length > 0;
      if (!groups.length && !hasFilter && !excluded.length && !phrases.length) return { results: [], errors, total: 0 };

      let hits: Map<number, Hit>;
      if (groups.length) {
        // Rarest words first, so that the intersection empties as early as it can.
        const rarity = (g: TermGroup) => [...g.terms.keys()].reduce((n, t) => n + (frequency.get(t) ?? 0), 0);
        hits = new Map();
        let first = true;
        for (const group of [...groups].sort((a, b) => rarity(a) - rarity(b))) {
          const found = run(group, first ? undefined : hits);
          const next = new Map<number, Hit>();
          if (first) {
            for (const [id, h] of found) {
              const entry = entries[id];
              if (entry)
                next.set(id, {
                  entry,
                  score: h.score,
                  matched: new Set(h.matched),
                  inTitle: h.inTitle ? 1 : 0,
                  ofKind: h.ofKind,
                });
            }
          } else {
            for (const [id, hit] of hits) {
              const h = found.get(id);
              if (!h) continue;
              hit.score += h.score;
              for (const t of h.matched) hit.matched.add(t);
              if (h.inTitle) hit.inTitle += 1;
              hit.ofKind ||= h.ofKind;
              next.set(id, hit);
            }
          }
          first = false;
          hits = next;
          if (!hits.size) break;
        }
      } else {
        hits = new Map(
          entries.map((entry, id) => [id, { entry, score: 0, matched: new Set<string>(), inTitle: 0, ofKind: false }]),
        );
      }
      for (const tokens of excluded) for (const id of holding(tokens)) hits.delete(id);

      const adjacent = typed.length > 1 ? ` ${typed.join(" ")} ` : undefined;
      const list = [...hits.values()].filter(({ entry }) => {
        if (phrases.length && !phrases.every((p) => flatOf(entry).includes(` ${p.join(" ")} `))) return false;
        return !hasFilter || matchesFilter(entry.doc.facets, parsed.filter);
      });
      /** What beyond its words' scores lifts a record: how fully and in what order the query names it, and its kind. */
      const bonus = (hit: Hit) => {
        let factor = 1;
        if (hit.inTitle >= groups.length) factor *= BONUS.allInTitle;
        if (hit.ofKind) factor *= BONUS.ofKind;
        factor *= 1 + BONUS.names * coverage(hit) ** 2;
        if (adjacent && nameLinesOf(hit.entry).some((line) => line.words.includes(adjacent))) factor *= BONUS.order;
        return factor;
      };
      const sort = parsed.sort === "relevance" && !groups.length ? "newest" : parsed.sort;
      const limit = Math.max(0, options.limit ?? 50);
      const total = list.length;
      for (const hit of list) hit.score *= KIND_WEIGHT[hit.entry.doc.summary.kind] ?? 1;
      let shown: Hit[];
      if (sort === "relevance") {
        // Only records that can still reach the first `limit` get their bonuses worked out:
        // by descending score, until the next one, even with every bonus, falls short.
        list.sort((a, b) => b.score - a.score);
        const weighed: Hit[] = [];
        const best: number[] = [];
        for (const hit of list) {
          if (best.length >= limit && hit.score * MAX_BONUS * (1 + 1e-9) < (best[limit - 1] ?? 0)) break;
          if (limit === 0) break;
          hit.score *= bonus(hit);
          weighed.push(hit);
          let at = best.length;
          while (at > 0 && (best[at - 1] ?? 0) < hit.score) at--;
          best.splice(at, 0, hit.score);
          if (best.length > limit) best.pop();
        }
        weighed.sort((a, b) => b.score - a.score || newestFirst(a.entry, b.entry));
        shown = weighed.slice(0, limit);
      } else {
        list.sort((a, b) => (sort === "newest" ? newestFirst(a.entry, b.entry) : newestFirst(b.entry, a.entry)));
        shown = list.slice(0, limit);
        if (groups.length) for (const hit of shown) hit.score *= bonus(hit);
      }
      return {
        total,
        errors,
        results: shown.map(({ entry, score, matched }) => {
          const snippet = matched.size ? snippetOf(entry.doc.text, matched) : undefined;
          return { ...entry.doc.summary, score: Math.round(score * 1000) / 1000, ...(snippet ? { snippet } : {}) };
        }),
      };
    },
  };
}
