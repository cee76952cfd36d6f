/**
 * What ships is the built site: no file of it may point at a local server (sitemap, feed,
 * CSV rows, CITATION.cff, JSON-LD and citations all use the site's own address).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const out = fileURLToPath(new URL("../../apps/web/out/", import.meta.url));

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

test("no shipped file contains localhost or a loopback address", () => {
  const offenders: string[] = [];
  let count = 0;
  for (const path of files(out)) {
    count++;
    const text = readFileSync(path).toString("latin1");
    const hit = /localhost|127\.0\.0\.1|0\.0\.0\.0:\d/i.exec(text);
    if (hit) offenders.push(`${relative(out, path)}: …${text.slice(Math.max(0, hit.index - 40), hit.index + 40)}…`);
  }
  expect(count, "files in the built site").toBeGreaterThan(100);
  expect(offenders).toEqual([]);
});
