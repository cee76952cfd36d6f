import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset, search } from "../index.js";
import { listIndexedRecords } from "./indexed.js";

/**
 * Queries a journalist would type, each with the records that answer it, looked up by
 * hand in the record (src/query/judged-queries.json). The benchmark prints the same
 * scores (`pnpm --filter @kz-hrc/core bench`).
 */
interface Judged {
  query: string;
  answers?: string[];
  /** Every record of a kind and type answers (e.g. any achievement claim). */
  answersOfType?: { kind: string; type: string };
}

const JUDGED = JSON.parse(readFileSync(new URL("./judged-queries.json", import.meta.url), "utf8")) as Judged[];
const documents = listIndexedRecords(dataset);
const known = new Set(documents.map((d) => d.summary.id));

function answersOf(judged: Judged): Set<string> {
  if (judged.answers) return new Set(judged.answers);
  const wanted = judged.answersOfType;
  return new Set(
    documents.filter((d) => d.facets.kind === wanted?.kind && d.facets.type === wanted?.type).map((d) => d.summary.id),
  );
}

/** 1-based rank of the first answer, or Infinity. */
function rankOf(judged: Judged): number {
  const answers = answersOf(judged);
  const at = search(judged.query, { limit: 1000 }).results.findIndex((r) => answers.has(r.id));
  return at < 0 ? Number.POSITIVE_INFINITY : at + 1;
}

describe("judged queries", () => {
  it("has at least 30 queries, each answered by records that exist", () => {
    expect(JUDGED.length).toBeGreaterThanOrEqual(30);
    for (const judged of JUDGED) {
      const answers = [...answersOf(judged)];
      expect(answers.length, judged.query).toBeGreaterThan(0);
      expect(
        answers.filter((id) => !known.has(id)),
        `${judged.query}: answers not in the record`,
      ).toEqual([]);
    }
  });

  it.each(JUDGED.map((j) => [j.query, j] as const))("%j has an answer in the top three", (_, judged) => {
    expect(rankOf(judged)).toBeLessThanOrEqual(3);
  });

  it("puts an answer first for at least 90 % of the queries", () => {
    const first = JUDGED.filter((j) => rankOf(j) === 1).length;
    expect(first / JUDGED.length).toBeGreaterThanOrEqual(0.9);
  });
});
