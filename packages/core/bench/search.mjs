/**
 * Search benchmarks on the real record: how often the judged queries (src/query/
 * judged-queries.json) put an answer first and in the top three, and how long the worst
 * inputs of up to 300 characters take. Prints figures; asserts nothing.
 *
 *   node bench/search.mjs            # both
 *   node bench/search.mjs --quality  # the judged queries alone, each with its rank
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const JUDGED = JSON.parse(readFileSync(new URL("../src/query/judged-queries.json", import.meta.url), "utf8"));

/** The ids that answer a judged query: listed, or every record of a kind and type. */
function answersOf(judged, documents) {
  if (judged.answers) return new Set(judged.answers);
  const { kind, type } = judged.answersOfType;
  return new Set(documents.filter((d) => d.facets.kind === kind && d.facets.type === type).map((d) => d.summary.id));
}

/** Rank (1-based) of the first answer in the results, or undefined when absent. */
function rankOf(search, judged, documents) {
  const answers = answersOf(judged, documents);
  const results = search(judged.query, { limit: 1000 }).results;
  const at = results.findIndex((r) => answers.has(r.id));
  return { rank: at < 0 ? undefined : at + 1, total: results.length, first: results[0]?.id };
}

/** Success at 1 and at 3 of the judged queries, given a search function and the search documents. */
export function judgedQueries({ search: run, documents, verbose = false }) {
  let at1 = 0;
  let at3 = 0;
  let reciprocal = 0;
  for (const judged of JUDGED) {
    const { rank, total, first } = rankOf(run, judged, documents);
    if (rank === 1) at1 += 1;
    if (rank !== undefined && rank <= 3) at3 += 1;
    reciprocal += rank ? 1 / rank : 0;
    if (verbose || rank !== 1)
      console.log(
        `    ${JSON.stringify(judged.query)}: ${rank ? `answer ${rank} of ${total}` : `no answer among ${total}`}${rank === 1 ? "" : ` (first: ${first ?? "none"})`}`,
      );
  }
  const n = JUDGED.length;
  const pct = (x) => `${((100 * x) / n).toFixed(1)} %`;
  console.log(
    `  judged queries: ${n}; success@1 ${at1}/${n} (${pct(at1)}), success@3 ${at3}/${n} (${pct(at3)}), MRR ${(reciprocal / n).toFixed(3)}`,
  );
}

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Families of hostile or heavy inputs, each up to 300 characters. */
function worstInputs() {
  const random = rng(7);
  const letter = () => LETTERS[Math.floor(random() * 26)];
  const word = (min, max) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, letter).join("");
  const fill = (make) => {
    let s = "";
    while (s.length < 300) s += `${make()} `;
    return s.slice(0, 300);
  };
  const vocabulary =
    "the human rights council kazakhstan election review death penalty torture report statement republic".split(" ");
  const prefixes = "con pro rep hum cou sta rev dea tor ele pen pre ass rig del sec com int".split(" ");
  const common = "kazakhstan human rights council republic united nations report kazakstan humman councl".split(" ");
  const families = {
    "one-letter words (150 of them)": () => fill(letter),
    "two-letter words": () => fill(() => word(2, 2)),
    "three-letter prefixes of common words": () => fill(() => prefixes[Math.floor(random() * prefixes.length)]),
    "random words of 5–12 letters (fuzzy)": () => fill(() => word(5, 12)),
    "real words, many terms": () => fill(() => vocabulary[Math.floor(random() * vocabulary.length)]),
    "one to three of the commonest words, or their typos (most results)": () =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => common[Math.floor(random() * common.length)]).join(
        " ",
      ),
    "one 300-letter word": () => word(300, 300),
    "random printable characters": () =>
      Array.from({ length: 300 }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join(""),
    "quotes, dashes and filters": () =>
      fill(() => ["-", '"', "kind:event", "year:2012", `-${word(3, 6)}`, `"${word(3, 6)}`][Math.floor(random() * 6)]),
  };
  return Object.entries(families).map(([name, make]) => [name, Array.from({ length: 40 }, make)]);
}

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

/** Size of the search documents as the site serves them (/search-index.json), raw and gzip. */
export function indexSize({ documents }) {
  const json = Buffer.from(JSON.stringify(documents));
  console.log(
    `  search index JSON: ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
  );
}

/** Times of the worst-case input families, given a search function. */
export function worstCase({ search: run }) {
  run("warm up");
  const all = [];
  const allCpu = [];
  for (const [name, inputs] of worstInputs()) {
    const samples = [];
    const cpu = [];
    for (const q of inputs) {
      const c = process.cpuUsage();
      const t = performance.now();
      run(q);
      samples.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    all.push(...samples);
    allCpu.push(...cpu);
    console.log(
      `    ${name}: median ${percentile(samples, 50).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms (CPU max ${Math.max(...cpu).toFixed(1)} ms)`,
    );
  }
  // On a shared machine the wall time includes waiting for a core; the CPU time does not.
  console.log(
    `  worst-case inputs (${all.length} of up to 300 characters): median ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms; CPU p99 ${percentile(allCpu, 99).toFixed(1)} ms, max ${Math.max(...allCpu).toFixed(1)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { dataset, listIndexedRecords, search } = await import("../dist/index.js");
  const quality = process.argv.includes("--quality");
  const documents = listIndexedRecords(dataset);
  console.log(`search on the real record (${documents.length} records)`);
  judgedQueries({ search, documents, verbose: quality });
  if (!quality) {
    indexSize({ documents });
    worstCase({ search });
  }
}
