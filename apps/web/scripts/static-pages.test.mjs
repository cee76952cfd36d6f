import { describe, expect, it } from "vitest";
import { ENHANCER_ATTRIBUTE } from "../src/lib/enhancers";
import { ENHANCER_MARKER, stripScripts } from "./static-pages.mjs";

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

  it("keeps enhancer scripts, marked as the components mark them", () => {
    expect(ENHANCER_MARKER).toBe(ENHANCER_ATTRIBUTE);
    const enhancer = `<script src="/enhance/timeline.js" defer="" ${ENHANCER_ATTRIBUTE}=""></script>`;
    expect(stripScripts(`${page}${enhancer}`)).toContain(enhancer);
  });
});
