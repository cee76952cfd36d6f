import MiniSearch from "minisearch";
import { startOf } from "../text/dates.js";
import { normalizeForMatch } from "../text/normalize.js";
import { summarize, type RecordSummary } from "./describe.js";
import { facetsOf, matchesFilter, type RecordFacets } from "./facets.js";
import { parseQuery } from "./grammar.js";
import { memo } from "./memo.js";
import type { AnyRecord, Store } from "./store.js";

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

interface Indexed {
  entry: AnyRecord;
  facets: RecordFacets;
  summary: RecordSummary;
  text: string;
  /** Start of the record's date, for sorting by date; "0000" when undated. */
  sortDate: string;
  /** Title and text folded for phrase matching, computed on the first phrase query. */
  folded?: string;
}

function textOf(store: Store, entry: AnyRecord, facets: RecordFacets): string {
  const r = entry.record;
  // Topic names make "death" find records filed under the death-penalty topic.
  const parts: (string | undefined)[] = facets.topicIds.map((id) => {
    const topic = store.byId.get(id);
    return topic?.kind === "topic" ? topic.record.name : undefined;
  });
  switch (entry.kind) {
    case "event":
      parts.push(entry.record.summary, entry.record.place, entry.record.session, ...entry.record.citations.map((c) => c.quote));
      break;
    case "statement":
      parts.push(entry.record.quote, entry.record.summary);
      break;
    case "source":
      parts.push(entry.record.author, entry.record.unSymbol, entry.record.notes);
      break;
    case "person":
      parts.push(...(entry.record.otherNames ?? []), ...entry.record.roles.map((role) => role.title));
      break;
    case "organization":
      parts.push(entry.record.shortName, entry.record.description);
      break;
    case "topic":
      parts.push(entry.record.description);
      break;
    case "reform":
      parts.push(entry.record.summary, ...entry.record.stages.map((s) => s.description));
      break;
    case "upr-review":
      parts.push(entry.record.summary, ...entry.record.documents.map((d) => d.symbol));
      break;
    case "membership-term":
      parts.push(entry.record.summary);
      break;
    case "discrepancy":
      parts.push(entry.record.field, entry.record.reason, ...entry.record.variants.map((v) => v.value));
      break;
    case "unknown":
      parts.push(entry.record.notes, ...entry.record.searched);
      break;
  }
  return [r.id.replaceAll("-", " "), ...parts].filter(Boolean).join(" \n ");
}

function buildIndex(store: Store) {
  const docs: Indexed[] = [...store.byId.values()].map((entry) => {
    const summary = summarize(entry);
    const facets = facetsOf(store, entry);
    return { entry, facets, summary, text: textOf(store, entry, facets), sortDate: summary.date ? startOf(summary.date) : "0000" };
  });
  const index = new MiniSearch<{ id: number; title: string; text: string }>({
    fields: ["title", "text"],
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: "AND" },
  });
  index.addAll(docs.map((d, id) => ({ id, title: d.summary.title, text: d.text })));
  return { docs, index };
}

function snippetOf(text: string, terms: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return undefined;
  const start = Math.max(0, at - 60);
  const piece = text.slice(start, start + 180).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "…" : ""}${piece}${start + 180 < text.length ? "…" : ""}`;
}

/**
 * Searches every record with the shared query grammar: ranked free text (prefix and
 * fuzzy matching, "exact phrases") narrowed by filters. A query of filters alone lists
 * the matching records, newest first. Never throws; bad parts of a query become errors.
 */
export function search(store: Store, query: string, options: { limit?: number } = {}): SearchResponse {
  const parsed = parseQuery(query);
  const { docs, index } = memo(store, "search-index", () => buildIndex(store));
  const phrases = [...parsed.text.matchAll(/"([^"]+)"/g)].map((m) => normalizeForMatch(m[1] ?? "")).filter(Boolean);
  const words = parsed.text.replace(/"[^"]*"/g, " ").trim();
  const freeText = [words, ...phrases].join(" ").trim();
  const hasFilter = Object.keys(parsed.filter).length > 0;
  if (!freeText && !hasFilter) return { results: [], errors: parsed.errors, total: 0 };

  let hits: { doc: Indexed; score: number; terms: string[] }[];
  if (freeText) {
    hits = index.search(freeText).flatMap((h) => {
      const doc = docs[h.id as number];
      return doc ? [{ doc, score: h.score, terms: h.terms }] : [];
    });
  } else {
    hits = docs.map((doc) => ({ doc, score: 0, terms: [] }));
  }
  hits = hits.filter(({ doc }) => {
    if (phrases.length) {
      doc.folded ??= normalizeForMatch(`${doc.summary.title} ${doc.text}`);
      const folded = doc.folded;
      if (!phrases.every((p) => folded.includes(p))) return false;
    }
    return !hasFilter || matchesFilter(store, doc.facets, parsed.filter);
  });
  const newestFirst = (a: Indexed, b: Indexed) => (a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : 0);
  const sort = parsed.sort === "relevance" && !freeText ? "newest" : parsed.sort;
  // MiniSearch already returns hits by descending score: only date orders need a sort.
  if (sort !== "relevance") hits.sort((a, b) => (sort === "newest" ? newestFirst(a.doc, b.doc) : newestFirst(b.doc, a.doc)));
  const limit = options.limit ?? 50;
  return {
    total: hits.length,
    errors: parsed.errors,
    results: hits.slice(0, limit).map(({ doc, score, terms }) => {
      const snippet = terms.length ? snippetOf(doc.text, terms) : undefined;
      return { ...doc.summary, score: Math.round(score * 1000) / 1000, ...(snippet ? { snippet } : {}) };
    }),
  };
}

/** Summaries and facets of every record, for building filters and client-side search. */
export function listIndexed(store: Store): readonly { summary: RecordSummary; facets: RecordFacets; text: string }[] {
  return memo(store, "search-index", () => buildIndex(store)).docs;
}
