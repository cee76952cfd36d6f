/**
 * Client-side search over the static index (/search-index.json) with core's query
 * grammar: free words match word prefixes, "phrases" match exactly, filters narrow.
 * Free of data and of zod so that it stays small in the browser bundle.
 */
import { parseQuery, type ParsedQuery } from "@kz-hrc/core/grammar";

type RecordFilter = ParsedQuery["filter"];

/** One record as the search index holds it. */
export interface SearchDoc {
  kind: string;
  id: string;
  title: string;
  url: string;
  date?: string;
  subtitle?: string;
  text: string;
  type?: string;
  topicIds?: string[];
  personIds?: string[];
  organizationIds?: string[];
  sourceIds?: string[];
  perspectives?: string[];
  member?: "member" | "not-member" | "uncertain";
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  errors: string[];
  /** False for an empty query: nothing was asked. */
  asked: boolean;
}

/** Lower case, accents and typographic punctuation folded, so "Zhakupova" finds "Zhaкupová". */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .replace(/[^\p{L}\p{N}'/.]+/gu, " ");
}

const startOf = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const endOf = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const anyOf = (wanted: readonly string[] | undefined, have: readonly string[] | undefined) =>
  !wanted?.length || wanted.some((w) => have?.includes(w));

/** True when a document passes a filter (the same rules as core's filter). */
export function matchesFilter(doc: SearchDoc, filter: RecordFilter): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(doc.kind as never)) return false;
  if (filter.types?.length && !(doc.type && filter.types.includes(doc.type))) return false;
  if (filter.from || filter.to || filter.member !== undefined) {
    if (!doc.date) return false;
    if (filter.from && endOf(doc.date) < startOf(filter.from)) return false;
    if (filter.to && startOf(doc.date) > endOf(filter.to)) return false;
    if (filter.member !== undefined && doc.member !== (filter.member ? "member" : "not-member")) return false;
  }
  return (
    anyOf(filter.topicIds, doc.topicIds) &&
    anyOf(filter.personIds, doc.personIds) &&
    anyOf(filter.organizationIds, doc.organizationIds) &&
    anyOf(filter.sourceIds, doc.sourceIds) &&
    anyOf(filter.perspectives, doc.perspectives)
  );
}

function textScore(doc: SearchDoc, words: readonly string[], phrases: readonly string[]): number {
  const title = fold(doc.title);
  const body = `${title} ${fold(doc.subtitle ?? "")} ${fold(doc.text)}`;
  if (!phrases.every((p) => body.includes(p))) return 0;
  const titleTokens = title.split(" ");
  const bodyTokens = body.split(" ");
  let score = phrases.length * 2;
  for (const word of words) {
    const inTitle = titleTokens.filter((t) => t.startsWith(word)).length;
    const inBody = bodyTokens.filter((t) => t.startsWith(word)).length;
    if (inBody === 0) return 0;
    score += inTitle * 3 + inBody;
  }
  return score;
}

const newestFirst = (a: SearchDoc, b: SearchDoc) => startOf(b.date ?? "0000").localeCompare(startOf(a.date ?? "0000"));

/** Runs a query over the index. Never throws; bad parts of the query come back as errors. */
export function searchDocs(docs: readonly SearchDoc[], query: string): SearchOutcome {
  const parsed = parseQuery(query);
  const phrases = [...parsed.text.matchAll(/"([^"]+)"/g)].map((m) => fold(m[1] ?? "").trim()).filter(Boolean);
  const words = fold(parsed.text.replace(/"[^"]*"/g, " ")).split(" ").filter(Boolean);
  const hasText = words.length > 0 || phrases.length > 0;
  const hasFilter = Object.keys(parsed.filter).length > 0;
  if (!hasText && !hasFilter) return { hits: [], errors: parsed.errors, asked: false };
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    if (hasFilter && !matchesFilter(doc, parsed.filter)) continue;
    const score = hasText ? textScore(doc, words, phrases) : 0;
    if (hasText && score === 0) continue;
    hits.push({ doc, score });
  }
  const sort = parsed.sort === "relevance" && !hasText ? "newest" : parsed.sort;
  hits.sort((a, b) =>
    sort === "newest"
      ? newestFirst(a.doc, b.doc)
      : sort === "oldest"
        ? newestFirst(b.doc, a.doc)
        : b.score - a.score || newestFirst(a.doc, b.doc),
  );
  return { hits, errors: parsed.errors, asked: true };
}
