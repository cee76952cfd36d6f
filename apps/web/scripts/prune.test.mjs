import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  exportProblems,
  isRscPayloadFile,
  listFiles,
  looksLikeRscPayload,
  pruneExport,
  referencedPaths,
} from "./prune.mjs";

let dir;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function exportOf(files) {
  dir = mkdtempSync(join(tmpdir(), "kz-hrc-prune-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const PAGE =
  '<html><head><link rel="stylesheet" href="/_next/static/chunks/s.css"/><link rel="icon" href="/icon.svg?v=1"/></head><body></body></html>';
const PAYLOAD = '1:"$Sreact.fragment"\n2:I[1,[],"default"]\n0:{"b":"x"}\n';

describe("export pruning", () => {
  it("tells RSC payloads from content files, by name and by content", () => {
    const files = new Set([
      "index.html",
      "index.txt",
      "events/x/index.html",
      "events/x/index.txt",
      "events/__next._tree.txt",
      "robots.txt",
      "notes/index.txt",
    ]);
    expect(isRscPayloadFile("index.txt", files)).toBe(true);
    expect(isRscPayloadFile("events/x/index.txt", files)).toBe(true);
    expect(isRscPayloadFile("events/__next._tree.txt", files)).toBe(true);
    expect(isRscPayloadFile("robots.txt", files)).toBe(false);
    expect(isRscPayloadFile("notes/index.txt", files)).toBe(false);
    expect(looksLikeRscPayload(PAYLOAD)).toBe(true);
    expect(looksLikeRscPayload(':HL["/_next/static/chunks/s.css","style"]\n')).toBe(true);
    expect(looksLikeRscPayload("User-Agent: *\nAllow: /\n")).toBe(false);
    expect(looksLikeRscPayload("cff-version: 1.2.0\n")).toBe(false);
  });

  it("finds what pages and stylesheets refer to, stylesheets relative to themselves", () => {
    expect([...referencedPaths(PAGE)]).toEqual(["/_next/static/chunks/s.css", "/icon.svg"]);
    expect([...referencedPaths("a{background:url(../media/f.woff2)}", "/_next/static/chunks/s.css")]).toEqual([
      "/_next/static/media/f.woff2",
    ]);
    expect([...referencedPaths('<a href="https://example.org/x">x</a><a href="#top">top</a>')]).toEqual([]);
  });

  it("removes payloads, unreferenced chunks and Next's copies of the 404 page, and keeps content", () => {
    const out = exportOf({
      "index.html": PAGE,
      "index.txt": PAYLOAD,
      "__next._tree.txt": PAYLOAD,
      "events/x/index.html": PAGE,
      "events/x/index.txt": PAYLOAD,
      "404.html": PAGE,
      "404/index.html": PAGE,
      "_not-found/index.html": PAGE,
      "_next/static/chunks/s.css": "a{}",
      "_next/static/chunks/s.css.br": "compressed",
      "_next/static/chunks/runtime.js": "x",
      "_next/static/build-id/_buildManifest.js": "x",
      "robots.txt": "User-Agent: *\n",
      "CITATION.cff": "cff-version: 1.2.0\n",
      "data/events.csv": "id\n",
      "icon.svg": "<svg/>",
    });
    expect(exportProblems(out).length).toBeGreaterThan(0);
    const removed = pruneExport(out);
    expect(removed).toMatchObject({ payloads: 3, chunks: 2 });
    expect(listFiles(out).sort()).toEqual([
      "404.html",
      "CITATION.cff",
      "_next/static/chunks/s.css",
      "_next/static/chunks/s.css.br",
      "data/events.csv",
      "events/x/index.html",
      "icon.svg",
      "index.html",
      "robots.txt",
    ]);
    expect(exportProblems(out)).toEqual([]);
  });

  it("reports a payload under another name, a stray script, and a page loading a framework script", () => {
    const out = exportOf({
      "index.html":
        '<html><script src="/_next/static/chunks/r.js"></script><script type="application/ld+json">{}</script></html>',
      "_next/static/chunks/r.js": "x",
      "feed/index.txt": PAYLOAD,
      "enhance/old.js": "x",
    });
    const problems = exportProblems(out).join("\n");
    expect(problems).toMatch(/RSC payload left: feed\/index.txt/);
    expect(problems).toMatch(/nothing refers to enhance\/old.js/);
    expect(problems).toMatch(/index.html loads a script that is not an enhancer/);
  });
});
