/**
 * The response headers of the exported site as `_headers` rules (the format Netlify and
 * Cloudflare Pages read: a path pattern, then indented `Name: value` lines). postbuild.mjs
 * writes them to out/_headers and start.mjs serves out/ with that same file.
 *
 * Those hosts apply every rule whose pattern matches a path, and join (Cloudflare) or
 * replace (Netlify) the values of a header that several rules set. So `/*` carries only
 * the headers every response shares, and each header that differs between files (the
 * CSP, which pages share by script set; immutable caching; CORS on the open data; a type
 * hosts do not know) comes from rules that give every file at most one value: a rule per
 * subtree whose files agree (`/events/*`), per directory's files (`/data/:file`) or record
 * pages (`/votes/:page/`), or per path. A few dozen rules cover the site, however many
 * records it holds.
 */
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { COMMON_HEADERS, FILE_CSP, pageCsp, pagePath } from "./csp.mjs";

/** Content-Type by file extension; the server refuses to start, and postbuild fails, on any other extension. */
export const CONTENT_TYPES = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  cff: "text/yaml; charset=utf-8",
  svg: "image/svg+xml",
  ico: "image/x-icon",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  woff2: "font/woff2",
  webmanifest: "application/manifest+json",
  zip: "application/zip",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Extensions whose type static hosts already send right; others get a Content-Type rule. */
const KNOWN_TO_HOSTS = new Set([
  "html",
  "css",
  "js",
  "json",
  "csv",
  "xml",
  "txt",
  "svg",
  "ico",
  "png",
  "jpg",
  "webp",
  "woff2",
  "webmanifest",
  "zip",
  "xlsx",
]);

/** Extensions worth compressing at build time. */
export const COMPRESSIBLE = new Set(["html", "css", "js", "json", "csv", "xml", "txt", "cff", "svg", "webmanifest"]);

/** What is not open data; every other file (JSON, CSV, feeds, spreadsheets, archives…) other sites may fetch. */
const SITE_ASSETS = new Set(["html", "css", "js", "svg", "ico", "png", "jpg", "webp", "woff2", "webmanifest"]);

/** Content-hashed names: cached for a year, never revalidated. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** What the server sends for paths no rule gives a Cache-Control: revalidate, as static hosts do by default. */
export const REVALIDATE = "no-cache";

export const extensionOf = (file) => {
  const name = posix.basename(file);
  return name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
};

export const contentType = (file) => CONTENT_TYPES[extensionOf(file)];

/**
 * The headers of one exported file beyond the common ones, and the path it is served at.
 * Pages get the CSP of their scripts, other files the file policy; `_next/static/` names
 * carry a content hash and are immutable; data files are open to other origins.
 */
export function fileHeaders(file, read = () => "") {
  const ext = extensionOf(file);
  const headers = {};
  if (ext === "html") headers["Content-Security-Policy"] = pageCsp(read());
  else headers["Content-Security-Policy"] = FILE_CSP;
  if (file.startsWith("_next/static/")) headers["Cache-Control"] = IMMUTABLE;
  if (!SITE_ASSETS.has(ext) && !file.startsWith("_next/")) headers["Access-Control-Allow-Origin"] = "*";
  if (!KNOWN_TO_HOSTS.has(ext) && CONTENT_TYPES[ext]) headers["Content-Type"] = CONTENT_TYPES[ext];
  return { path: ext === "html" ? pagePath(file) : `/${file}`, headers };
}

/** Headers of every file in out/ (compressed twins and _headers itself excluded). */
export function siteEntries(out, files) {
  const all = new Set(files);
  return files
    .filter((file) => file !== "_headers" && !isCompressedTwin(file, all))
    .map((file) => fileHeaders(file, () => readFileSync(join(out, file), "utf8")));
}

/** A build-time compressed copy (`x.br`, `x.gz`) of another file of the set. */
export function isCompressedTwin(file, files) {
  return /\.(?:br|gz)$/.test(file) && files.has(file.slice(0, -3));
}

const NONE = Symbol("none");

function tree(entries) {
  const root = { prefix: "/", page: undefined, files: new Map(), dirs: new Map() };
  for (const entry of entries) {
    const isPage = entry.path.endsWith("/");
    const parts = entry.path.split("/").filter(Boolean);
    const name = isPage ? undefined : parts.pop();
    let node = root;
    for (const part of parts) {
      if (!node.dirs.has(part))
        node.dirs.set(part, { prefix: `${node.prefix}${part}/`, page: undefined, files: new Map(), dirs: new Map() });
      node = node.dirs.get(part);
    }
    if (isPage) node.page = entry;
    else node.files.set(name, entry);
  }
  return root;
}

function* subtree(node) {
  if (node.page) yield node.page;
  yield* node.files.values();
  for (const dir of node.dirs.values()) yield* subtree(dir);
}

/** Patterns that give each file of the subtree its value of one header, and no other file any. */
function cover(node, name) {
  const value = (entry) => entry.headers[name] ?? NONE;
  const entries = [...subtree(node)];
  const values = new Set(entries.map(value));
  if (values.size === 1) {
    const [only] = values;
    if (only === NONE) return [];
    // A directory holding only its page (/timeline/) gets that path; any other, a splat.
    return [[entries.length === 1 && node.page ? node.prefix : `${node.prefix}*`, only]];
  }
  const rules = [];
  if (node.page && value(node.page) !== NONE) rules.push([node.prefix, value(node.page)]);
  const files = [...node.files.values()];
  const fileValues = new Set(files.map(value));
  if (files.length > 1 && fileValues.size === 1 && !fileValues.has(NONE))
    rules.push([`${node.prefix}:file`, value(files[0])]);
  else for (const file of files) if (value(file) !== NONE) rules.push([file.path, value(file)]);
  // Record pages (/recommendations/<id>/: directories holding only their page) under an
  // index that differs from them: one placeholder rule, if no other directory here has a page.
  const dirs = [...node.dirs.values()];
  const leaves = dirs.filter((dir) => dir.page && dir.files.size === 0 && dir.dirs.size === 0);
  const leafValues = new Set(leaves.map((dir) => value(dir.page)));
  const grouped =
    leaves.length > 1 &&
    leaves.length === dirs.filter((dir) => dir.page).length &&
    leafValues.size === 1 &&
    !leafValues.has(NONE);
  if (grouped) rules.push([`${node.prefix}:page/`, value(leaves[0].page)]);
  for (const dir of dirs) if (!(grouped && dir.page)) rules.push(...cover(dir, name));
  return rules;
}

/** The rules: `/*` with the common headers, then the fewest patterns that give every file its own. */
export function headerRules(entries, common = COMMON_HEADERS) {
  const root = tree(entries);
  const byPattern = new Map();
  const names = [...new Set(entries.flatMap((entry) => Object.keys(entry.headers)))];
  for (const name of names) {
    for (const [pattern, value] of cover(root, name)) {
      if (!byPattern.has(pattern)) byPattern.set(pattern, {});
      byPattern.get(pattern)[name] = value;
    }
  }
  const rules = [...byPattern]
    .map(([pattern, headers]) => ({ pattern, headers }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
  return [{ pattern: "/*", headers: { ...common } }, ...rules];
}

/** The `_headers` file of a list of rules. */
export function formatHeadersFile(rules, comment = []) {
  const lines = comment.map((line) => `# ${line}`);
  for (const { pattern, headers } of rules)
    lines.push(pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join("\n")}\n`;
}

/** Rules from a `_headers` file; a header given twice in one rule is joined as hosts join it. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: {} });
      continue;
    }
    const colon = trimmed.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon <= 0)
      throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path: ${line}`);
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    rule.headers[name] = rule.headers[name] === undefined ? value : `${rule.headers[name]}, ${value}`;
  }
  return rules;
}

/** A rule's pattern as a regular expression: `*` matches anything, `:name` one path segment. */
export function patternRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part, i) => (i % 2 === 1 ? (part === "*" ? ".*" : "[^/]+") : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

/**
 * The headers the rules give a path, as those hosts apply them: every matching rule, in
 * order. `repeated` lists the headers that more than one rule set (and whose values were
 * joined): for the rules postbuild writes it is always empty.
 */
export function headersForPath(rules, path) {
  const headers = {};
  const repeated = [];
  for (const rule of rules) {
    rule.regExp ??= patternRegExp(rule.pattern);
    if (!rule.regExp.test(path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      if (headers[name] === undefined) headers[name] = value;
      else {
        headers[name] = `${headers[name]}, ${value}`;
        repeated.push(name);
      }
    }
  }
  return { headers, repeated };
}

/** Files whose headers under the rules differ from their own (with the common ones), one line each. */
export function ruleProblems(rules, entries, common = COMMON_HEADERS) {
  const problems = [];
  for (const entry of entries) {
    const { headers, repeated } = headersForPath(rules, entry.path);
    if (repeated.length > 0) problems.push(`${entry.path}: ${repeated.join(", ")} set by more than one rule`);
    const expected = { ...common, ...entry.headers };
    for (const name of new Set([...Object.keys(expected), ...Object.keys(headers)])) {
      if (headers[name] !== expected[name])
        problems.push(`${entry.path}: ${name} is ${headers[name] ?? "missing"}, not ${expected[name] ?? "absent"}`);
    }
  }
  return problems;
}
