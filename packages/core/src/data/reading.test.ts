/**
 * What readers need of every record, beyond what the schemas enforce: each discrepancy
 * and unknown placed in an area with a significance (lists group and order by them),
 * every quote not in English translated, and reader-facing text free of the words the
 * record is built with.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDataFiles } from "../node.js";
import { Area, Significance } from "../schemas/area.js";
import type { Citation } from "../schemas/citation.js";
import { AREAS, SIGNIFICANCES } from "../schemas/vocabulary.js";
import { normalizeForMatch } from "../text/normalize.js";
import { loadDataset } from "./load.js";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");
const data = loadDataset(readDataFiles(dataDir), "test");
const languageOf = new Map(data.sources.map((s) => [s.id, s.language]));

/** Every citation of the dataset, with where it sits, found by walking the authored files (independently of core's own citation walk). */
function authoredCitations(): { at: string; citation: Citation }[] {
  const found: { at: string; citation: Citation }[] = [];
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}.${i}`));
    else if (value && typeof value === "object") {
      const o = value as Record<string, unknown>;
      if (typeof o.sourceId === "string" && typeof o.quote === "string")
        found.push({ at, citation: o as unknown as Citation });
      for (const [k, v] of Object.entries(o)) walk(v, `${at}.${k}`);
    }
  };
  for (const name of readdirSync(dataDir).filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json"))) {
    walk(JSON.parse(readFileSync(join(dataDir, name), "utf8")), name);
  }
  return found;
}

describe("areas and significance", () => {
  it("the vocabularies are the schemas' values", () => {
    expect(Area.options).toEqual([...AREAS]);
    expect(Significance.options).toEqual([...SIGNIFICANCES]);
    expect(Area.safeParse("nowhere").success).toBe(false);
  });

  it("every discrepancy and every unknown has an area and a significance", () => {
    const missing = [...data.discrepancies, ...data.unknowns]
      .filter((r) => !r.area || !r.significance)
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });
});

describe("quotes not in English", () => {
  const citations = authoredCitations();

  it("finds the citations to check", () => {
    expect(citations.length).toBeGreaterThan(500);
  });

  it("each carries our English translation", () => {
    const untranslated = citations
      .filter(
        ({ citation }) => (citation.language ?? languageOf.get(citation.sourceId)) !== "en" && !citation.translation,
      )
      .map(({ at, citation }) => `${at}: ${citation.quote.slice(0, 60)}`);
    expect(untranslated).toEqual([]);
  });

  it("an English quote carries none", () => {
    const stray = citations
      .filter(
        ({ citation }) => (citation.language ?? languageOf.get(citation.sourceId)) === "en" && citation.translation,
      )
      .map(({ at }) => at);
    expect(stray).toEqual([]);
  });

  it("a statement quoting part of a foreign-language citation has its own translation", () => {
    const missing = data.statements
      .filter((s) => {
        const wanted = normalizeForMatch(s.quote);
        const holder = s.citations.find((c) => normalizeForMatch(c.quote).includes(wanted));
        if (!holder || (holder.language ?? languageOf.get(holder.sourceId)) === "en") return false;
        return normalizeForMatch(holder.quote) !== wanted && !s.translation;
      })
      .map((s) => s.id);
    expect(missing).toEqual([]);
  });
});

describe("reader-facing text", () => {
  /** Words of how the record is built, which readers should never meet. */
  const JARGON = [
    /\bseed (?:article|record)s?\b/i,
    /\(seed \d+\)/i,
    /\bseed \d{3}\b/i,
    /\bcurators?\b/i,
    /\b[a-z0-9-]+\.json\b/,
  ];
  const ids = new Set(
    Object.values(data)
      .filter(Array.isArray)
      .flatMap((records) => (records as { id?: string }[]).map((r) => r.id ?? ""))
      .filter((id) => id.split("-").length >= 3),
  );
  const prose = (record: Record<string, unknown>) =>
    ["summary", "notes", "note", "description", "question", "reason", "title", "positionNote"].flatMap((k) =>
      typeof record[k] === "string" ? [record[k] as string] : [],
    );

  it("summaries, notes and questions use reader words: no seed articles, curators, file names or record ids", () => {
    const found: string[] = [];
    for (const records of Object.values(data)) {
      if (!Array.isArray(records)) continue;
      for (const record of records as Record<string, unknown>[]) {
        for (const text of prose(record)) {
          for (const pattern of JARGON) if (pattern.test(text)) found.push(`${String(record.id)}: ${pattern}`);
          for (const word of text.match(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g) ?? [])
            if (ids.has(word)) found.push(`${String(record.id)}: id ${word}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
