/**
 * The search engine behind core's `search()`. It runs over plain search documents and
 * holds no data and no zod, so a browser can load the same documents as JSON, import
 * this module alone (`@kz-hrc/core/search`) and get exactly the answers the query API
 * gives: one ranking for the site, the TUI and library users.
 */
import MiniSearch from "minisearch";
import { startOf } from "../text/dates.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { RecordSummary } from "./describe.js";
import { matchesFilter, type RecordFacets } from "./filter.js";
import { parseQuery } from "./grammar.js";

/** One record as search sees it: how it is shown, what filters test, what words match. */
export interface SearchDocument {
  summary: RecordSummary;
  facets: RecordFacets;
  text: string;
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

interface Entry {
  doc: SearchDocument;
  /** Start of the record's date, for sorting by date; "0000" when undated. */
  sortDate: string;
  /** Title and text folded for phrase matching, computed on the first phrase query. */
  folded?: string;
}

function snippetOf(text: string, terms: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return undefined;
  const start = Math.max(0, at - 60);
  const piece = text.slice(start, start + 180).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "…" : ""}${piece}${start + 180 < text.length ? "…" : ""}`;
}

const newestFirst = (a: Entry, b: Entry) => (a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : 0);

/**
 * Indexes documents for the shared query grammar: ranked free text (prefix and fuzzy
 * matching, "exact phrases") narrowed by filters. A query of filters alone lists the
 * matching records, newest first. `search` never throws; bad parts of a query become errors.
 */
export function createSearchEngine(documents: readonly SearchDocument[]): SearchEngine {
  const entries: Entry[] = documents.map((doc) => ({ doc, sortDate: doc.summary.date ? startOf(doc.summary.date) : "0000" }));
  const index = new MiniSearch<{ id: number; title: string; text: string }>({
    fields: ["title", "text"],
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: "AND" },
  });
  index.addAll(entries.map((entry, id) => ({ id, title: entry.doc.summary.title, text: entry.doc.text })));

  return {
    search(query, options = {}) {
      const parsed = parseQuery(query);
      const phrases = [...parsed.text.matchAll(/"([^"]+)"/g)].map((m) => normalizeForMatch(m[1] ?? "")).filter(Boolean);
      const words = parsed.text.replace(/"[^"]*"/g, " ").trim();
      const freeText = [words, ...phrases].join(" ").trim();
      const hasFilter = Object.keys(parsed.filter).length > 0;
      if (!freeText && !hasFilter) return { results: [], errors: parsed.errors, total: 0 };

      let hits: { entry: Entry; score: number; terms: string[] }[] = freeText
        ? index.search(freeText).flatMap((h) => {
            const entry = entries[h.id as number];
            return entry ? [{ entry, score: h.score, terms: h.terms }] : [];
          })
        : entries.map((entry) => ({ entry, score: 0, terms: [] }));
      hits = hits.filter(({ entry }) => {
        if (phrases.length) {
          entry.folded ??= normalizeForMatch(`${entry.doc.summary.title} ${entry.doc.text}`);
          const folded = entry.folded;
          if (!phrases.every((p) => folded.includes(p))) return false;
        }
        return !hasFilter || matchesFilter(entry.doc.facets, parsed.filter);
      });
      const sort = parsed.sort === "relevance" && !freeText ? "newest" : parsed.sort;
      // MiniSearch already returns hits by descending score: only date orders need a sort.
      if (sort !== "relevance") hits.sort((a, b) => (sort === "newest" ? newestFirst(a.entry, b.entry) : newestFirst(b.entry, a.entry)));
      const limit = options.limit ?? 50;
      return {
        total: hits.length,
        errors: parsed.errors,
        results: hits.slice(0, limit).map(({ entry, score, terms }) => {
          const snippet = terms.length ? snippetOf(entry.doc.text, terms) : undefined;
          return { ...entry.doc.summary, score: Math.round(score * 1000) / 1000, ...(snippet ? { snippet } : {}) };
        }),
      };
    },
  };
}

