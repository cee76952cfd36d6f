import type { Api } from "@kz-hrc/core";

/** Levenshtein distance, on at most the first 200 characters of each string. */
export function editDistance(a: string, b: string): number {
  const s = [...a.slice(0, 200)];
  const t = [...b.slice(0, 200)];
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/** The closest of `candidates` to `input` by edit distance, within a distance that grows with length. */
export function closest(input: string, candidates: readonly string[], count = 3): string[] {
  const wanted = input.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return candidates
    .map((c) => ({ c, d: editDistance(wanted, c.toLowerCase()) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, count)
    .map(({ c }) => c);
}

/** Record ids that an unknown id probably meant: close spellings first, then search hits. */
export function suggestIds(api: Api, input: string, count = 3): string[] {
  const ids = api.listSummaries().map((s) => s.id);
  const near = closest(input, ids, count);
  if (near.length < count) {
    const words = input
      .slice(0, 200)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    const hits = words ? api.search(words, { limit: count }).results.map((r) => r.id) : [];
    for (const id of hits) if (!near.includes(id) && near.length < count) near.push(id);
  }
  return near;
}
