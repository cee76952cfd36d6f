import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListFilterForm } from "../src/components/list-filter-form";
import { stripScripts } from "./static-pages.mjs";

const page = `<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/x.js"/>
<script src="/_next/y.js" async=""></script></head><body><h1>T</h1><script type="application/ld+json">{"@type":"Dataset"}</script>
<script id="_R_">boot()</script><script>self.__next_f.push([1,"x"])</script></body></html>`;

describe("static pages", () => {
  it("removes scripts and script preloads but keeps content, styles and JSON-LD", () => {
    const html = stripScripts(page);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(html).not.toContain('as="script"');
    expect(html).toContain('<link rel="stylesheet" href="/a.css"/>');
    expect(html).toContain('{"@type":"Dataset"}');
    expect(html).toContain("<h1>T</h1>");
  });

  it("keeps the enhancer script a component renders, and only that one", () => {
    const form = renderToStaticMarkup(
      createElement(ListFilterForm, { id: "f", legend: "Filter", selects: [], listId: "l", total: 0, noun: "votes" }),
    );
    const html = stripScripts(`${page}${form}`);
    expect(html).toContain('src="/enhance/list-filter.js"');
    expect(html.match(/<script(?! type="application\/ld\+json")/g)).toHaveLength(1);
  });
});
