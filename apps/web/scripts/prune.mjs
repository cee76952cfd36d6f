/**
 * What Next's static export leaves in out/ that no page of this site loads, its removal
 * after the build, and the check that none of it is left.
 *
 * No Next.js option turns these off: with `output: "export"`, `next build` copies every
 * route's React Server Components payload (`index.txt` beside each `index.html`, and the
 * per-segment prefetch files `__next.*.txt`) and the client runtime's chunks into out/
 * unconditionally, for its client router. Pages here load no router (static-pages.mjs
 * strips its scripts), so nothing ever requests them: they are removed here instead.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from "node:fs";
import { join, posix } from "node:path";

/** Every file under dir, as a path relative to it with forward slashes. */
export function listFiles(dir, prefix = "") {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** An RSC payload by its name: a segment prefetch file, or the route payload beside a page. */
export function isRscPayloadFile(rel, files) {
  const name = posix.basename(rel);
  if (/^__next\..*\.txt$/.test(name)) return true;
  return name === "index.txt" && files.has(rel.replace(/index\.txt$/, "index.html"));
}

/** An RSC payload by its content: Flight rows such as `0:{"b":…}`, `1:"$Sreact.fragment"`, `3:I[…]`, `:HL[…]`. */
export function looksLikeRscPayload(text) {
  const first = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  return /^[0-9a-f]*:[A-Z]{0,2}[[{"]/.test(first);
}

/** The site paths a page or stylesheet refers to (href, src, srcset, CSS url()), without query or fragment. */
export function referencedPaths(text, fromPath = "/") {
  const refs = new Set();
  const add = (url) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) return; // other origins, data: URLs, fragments
    let path = url.split(/[?#]/)[0] ?? "";
    try {
      path = decodeURIComponent(path);
    } catch {
      // kept as written
    }
    if (path) refs.add(posix.resolve(posix.dirname(fromPath), path));
  };
  for (const [, url] of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)) add(url);
  for (const [, set] of text.matchAll(/\bsrcset\s*=\s*["']([^"']+)["']/gi))
    for (const part of set.split(",")) add(part.trim().split(/\s+/)[0] ?? "");
  for (const [, url] of text.matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/gi)) add(url);
  return refs;
}

/** Site paths referred to by any page or stylesheet in out/ (stylesheets relative to themselves). */
function allReferences(out, files) {
  const refs = new Set();
  for (const rel of files) {
    if (!/\.(?:html|css)$/.test(rel)) continue;
    for (const path of referencedPaths(readFileSync(join(out, rel), "utf8"), `/${rel}`)) refs.add(path);
  }
  return refs;
}

/** The file a build-time compressed copy (compress.mjs) stands for, or the file itself. */
const original = (rel, files) => (/\.(?:br|gz)$/.test(rel) && files.has(rel.slice(0, -3)) ? rel.slice(0, -3) : rel);

function removeEmptyDirs(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) removeEmptyDirs(join(dir, entry.name));
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

/**
 * Removes from out/ the RSC payloads, every file under _next/ that no page or stylesheet
 * refers to (the client runtime's chunks and build manifests), and Next's copies of the
 * 404 page at /404/ and /_not-found/, which static hosts would answer with 200 (they
 * serve 404.html for unknown paths). Returns what it removed.
 */
export function pruneExport(out) {
  let files = new Set(listFiles(out));
  const removed = { payloads: 0, chunks: 0, bytes: 0 };
  const remove = (rel, kind) => {
    removed.bytes += statSync(join(out, rel)).size;
    removed[kind] += 1;
    rmSync(join(out, rel));
  };
  for (const dir of ["404", "_not-found"]) if (existsSync(join(out, dir))) rmSync(join(out, dir), { recursive: true });
  files = new Set(listFiles(out));
  for (const rel of files) if (isRscPayloadFile(rel, files)) remove(rel, "payloads");
  files = new Set(listFiles(out));
  const refs = allReferences(out, files);
  for (const rel of files) if (rel.startsWith("_next/") && !refs.has(`/${original(rel, files)}`)) remove(rel, "chunks");
  if (existsSync(join(out, "_next"))) removeEmptyDirs(join(out, "_next"));
  return removed;
}

/**
 * What is wrong with out/ after pruning, one line each: an RSC payload (by name or by
 * content), a file under _next/ or a script nothing refers to, a page that loads a script
 * other than an enhancer under /enhance/, or a copy of the 404 page that would answer 200.
 */
export function exportProblems(out) {
  const files = new Set(listFiles(out));
  const refs = allReferences(out, files);
  const problems = [];
  for (const rel of files) {
    if (
      rel.endsWith(".txt") &&
      (isRscPayloadFile(rel, files) || looksLikeRscPayload(readFileSync(join(out, rel), "utf8")))
    )
      problems.push(`RSC payload left: ${rel}`);
    if ((rel.startsWith("_next/") || /\.m?js$/.test(rel)) && !refs.has(`/${original(rel, files)}`))
      problems.push(`nothing refers to ${rel}`);
    if (rel.endsWith(".html")) {
      for (const [tag] of readFileSync(join(out, rel), "utf8").matchAll(/<script\b[^>]*>/gi)) {
        if (/type="application\/ld\+json"/i.test(tag)) continue;
        if (!/\bsrc="\/enhance\/[^"]+"/.test(tag))
          problems.push(`${rel} loads a script that is not an enhancer: ${tag}`);
      }
    }
  }
  for (const dir of ["404", "_not-found"])
    if (existsSync(join(out, dir))) problems.push(`${dir}/ would answer 200 with the 404 page`);
  return problems;
}
