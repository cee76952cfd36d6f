/**
 * Core benchmarks: import + validation, a timeline query and a search, on the real
 * dataset and on a synthetic one of 100,000 records; on the real one also the judged
 * queries' success at 1 and at 3, the search index's size and the worst-case search
 * times (bench/search.mjs). Prints figures; asserts nothing.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createApi, dataset, exportDataset, listIndexedRecords, listTimeline, search } from "../dist/index.js";
import { loadDataset } from "../dist/schemas.js";
import { indexSize, judgedQueries, worstCase } from "./search.mjs";
import { syntheticFile } from "./synthetic.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn, runs = 50) => {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
};
const ms = (x) => `${x.toFixed(3)} ms`;
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const QUERIES = [
  "death penalty",
  "election kind:event",
  "human rights council year:2021..2024",
  '"universal periodic review"',
  "tleuberdi",
];

// Import + validation in a fresh process, as a user meets it.
const index = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const importTimes = Array.from({ length: 10 }, () =>
  Number(
    execFileSync(process.execPath, [
      "--input-type=module",
      "-e",
      `const t=performance.now();await import(${JSON.stringify(index)});console.log(performance.now()-t)`,
    ]).toString(),
  ),
);
const schemas = fileURLToPath(new URL("../dist/schemas.js", import.meta.url));
const node = fileURLToPath(new URL("../dist/node.js", import.meta.url));
const dataDir = fileURLToPath(new URL("../data", import.meta.url));
const validateTimes = Array.from({ length: 10 }, () =>
  Number(
    execFileSync(process.execPath, [
      "--input-type=module",
      "-e",
      `const t=performance.now();const {loadDataset}=await import(${JSON.stringify(schemas)});const {readDataFiles}=await import(${JSON.stringify(node)});loadDataset(readDataFiles(${JSON.stringify(dataDir)}),"x");console.log(performance.now()-t)`,
    ]).toString(),
  ),
);
const real = exportDataset();
const files = { "data/all.json": { ...real, version: undefined } };
delete files["data/all.json"].version;
const records = Object.values(real)
  .filter(Array.isArray)
  .reduce((n, list) => n + list.length, 0);
console.log(`real dataset: ${records} records`);
console.log(
  `  import of @kz-hrc/core, data validated at build (fresh process, median of 10): ${ms(median(importTimes))}`,
);
console.log(
  `  import of @kz-hrc/core/schemas + full validation (fresh process, median of 10): ${ms(median(validateTimes))}`,
);
console.log(
  `  full validation alone, schemas loaded (loadDataset, median): ${ms(time(() => loadDataset(files, "bench"), 20))}`,
);
console.log(`  timeline, all events (median): ${ms(time(() => listTimeline()))}`);
console.log(
  `  timeline, filtered (median): ${ms(time(() => listTimeline({ from: "2012", to: "2024", topicIds: ["death-penalty"] })))}`,
);
search("warm up");
for (const q of QUERIES) console.log(`  search ${JSON.stringify(q)} (median): ${ms(time(() => search(q)))}`);
judgedQueries({ search, documents: listIndexedRecords(dataset) });
indexSize({ documents: listIndexedRecords(dataset) });
worstCase({ search });

// Synthetic 100,000 records.
global.gc?.();
const before = process.memoryUsage();
const file = syntheticFile(100_000);
const synthetic = Object.values(file).reduce((n, list) => n + list.length, 0);
let t = performance.now();
const data = loadDataset({ "data/synthetic.json": file }, "bench");
const validateMs = performance.now() - t;
const api = createApi(data);
t = performance.now();
api.search("warm up");
const indexMs = performance.now() - t;
console.log(`synthetic dataset: ${synthetic} records`);
console.log(`  validation (loadDataset, once): ${ms(validateMs)}`);
console.log(`  search index build (first search): ${ms(indexMs)}`);
console.log(
  `  timeline, filtered (median): ${ms(time(() => api.listTimeline({ from: "2012", to: "2014", topicIds: ["topic-3"] }), 10))}`,
);
for (const q of ["council", "death penalty", "review kind:event year:2015..2016", '"human rights"']) {
  console.log(`  search ${JSON.stringify(q)} (median): ${ms(time(() => api.search(q), 20))}`);
}
global.gc?.();
const after = process.memoryUsage();
console.log(
  `  memory: heap +${mb(after.heapUsed - before.heapUsed)} (heap ${mb(after.heapUsed)}, rss ${mb(after.rss)})`,
);
