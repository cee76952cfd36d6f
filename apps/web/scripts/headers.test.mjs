import { describe, expect, it } from "vitest";
import { FILE_CSP } from "./csp.mjs";
import {
  fileHeaders,
  formatHeadersFile,
  headerRules,
  headersForPath,
  IMMUTABLE,
  parseHeadersFile,
  patternRegExp,
  ruleProblems,
} from "./headers.mjs";

const page = (html) => () => html;
const SCRIPTED = '<script src="/enhance/search.js" data-enhancer=""></script>';

/** A small site: pages with and without an enhancer, data, assets. */
function site(records = 3) {
  const files = [
    ["index.html", ""],
    ["404.html", ""],
    ["about/index.html", ""],
    ["search/index.html", SCRIPTED],
    ["timeline/index.html", SCRIPTED],
    ["data/index.html", ""],
    ["data/kz-hrc.json", ""],
    ["data/events.csv", ""],
    ["events/index.html", ""],
    ...Array.from({ length: records }, (_, i) => [`events/e${i}/index.html`, ""]),
    ...Array.from({ length: records }, (_, i) => [`api/events/e${i}.json`, ""]),
    ["search-index.json", ""],
    ["robots.txt", ""],
    ["CITATION.cff", ""],
    ["enhance/search.js", ""],
    ["_next/static/chunks/a1b2.css", ""],
  ];
  return files.map(([file, html]) => fileHeaders(file, page(html)));
}

describe("header rules", () => {
  it("give every file exactly its headers, each from one rule", () => {
    const entries = site();
    const rules = headerRules(entries);
    expect(ruleProblems(rules, entries)).toEqual([]);
  });

  it("do not grow with the number of records", () => {
    expect(headerRules(site(500))).toHaveLength(headerRules(site(3)).length);
    expect(headerRules(site(3)).length).toBeLessThan(25);
  });

  it("group pages by policy: enhanced pages allow the site's scripts, others none", () => {
    const rules = headerRules(site());
    const csp = (path) => headersForPath(rules, path).headers["Content-Security-Policy"];
    expect(csp("/search/")).toMatch(/script-src 'self';/);
    expect(csp("/events/e1/")).toMatch(/script-src 'none'/);
    expect(csp("/")).toMatch(/script-src 'none'/);
    expect(csp("/data/")).toMatch(/script-src 'none'/);
    expect(csp("/data/events.csv")).toBe(FILE_CSP);
    expect(new Set(rules.map((r) => r.headers["Content-Security-Policy"]).filter(Boolean)).size).toBe(3);
  });

  it("open the data to other origins, make hashed assets immutable, type what hosts do not know", () => {
    const rules = headerRules(site());
    const at = (path) => headersForPath(rules, path).headers;
    expect(at("/api/events/e0.json")["Access-Control-Allow-Origin"]).toBe("*");
    expect(at("/data/kz-hrc.json")["Access-Control-Allow-Origin"]).toBe("*");
    expect(at("/search-index.json")["Access-Control-Allow-Origin"]).toBe("*");
    expect(at("/data/")["Access-Control-Allow-Origin"]).toBeUndefined();
    expect(at("/_next/static/chunks/a1b2.css")["Cache-Control"]).toBe(IMMUTABLE);
    expect(at("/enhance/search.js")["Cache-Control"]).toBeUndefined();
    expect(at("/CITATION.cff")["Content-Type"]).toMatch(/^text\/yaml/);
  });

  it("finds a header set by two rules", () => {
    const entries = [fileHeaders("a/index.html", page("")), fileHeaders("a/b.json")];
    const rules = [
      { pattern: "/*", headers: {} },
      { pattern: "/a/*", headers: { "Content-Security-Policy": FILE_CSP } },
      { pattern: "/a/", headers: entries[0].headers },
    ];
    expect(ruleProblems(rules, entries).join("\n")).toMatch(/\/a\/: Content-Security-Policy set by more than one rule/);
  });
});

describe("_headers file", () => {
  it("round-trips through its text", () => {
    const rules = headerRules(site());
    const parsed = parseHeadersFile(formatHeadersFile(rules, ["a comment"]));
    expect(parsed.map(({ pattern, headers }) => ({ pattern, headers }))).toEqual(
      rules.map(({ pattern, headers }) => ({ pattern, headers })),
    );
  });

  it("matches splats, placeholders and exact paths as static hosts do", () => {
    expect(patternRegExp("/*").test("/")).toBe(true);
    expect(patternRegExp("/events/*").test("/events/")).toBe(true);
    expect(patternRegExp("/events/*").test("/events/x/")).toBe(true);
    expect(patternRegExp("/data/:file").test("/data/a.csv")).toBe(true);
    expect(patternRegExp("/data/:file").test("/data/")).toBe(false);
    expect(patternRegExp("/data/:file").test("/data/x/y.csv")).toBe(false);
    expect(patternRegExp("/a.json").test("/a_json")).toBe(false);
    expect(patternRegExp("/timeline/").test("/timeline/x")).toBe(false);
  });

  it("refuses a header line outside a rule", () => {
    expect(() => parseHeadersFile("  X-A: b\n")).toThrow(/line 1/);
  });
});
