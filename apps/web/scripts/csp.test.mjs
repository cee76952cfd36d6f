import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScripts, pageCsp, pagePath } from "./csp.mjs";

const html = `<html><head><script src="/_next/a.js" async=""></script><script>self.__next_f=[]</script></head>
<body><script type="application/ld+json">{"a":1}</script><script>push("</p>")</script></body></html>`;

describe("per-page CSP", () => {
  it("finds inline scripts and skips external ones", () => {
    expect(inlineScripts(html)).toEqual(["self.__next_f=[]", 'push("</p>")']);
  });

  it("allows exactly the page's inline scripts by hash, and never unsafe-inline or unsafe-eval", () => {
    const csp = pageCsp(html);
    const hash = createHash("sha256").update("self.__next_f=[]").digest("base64");
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/default-src 'self'/);
  });

  it("allows no script at all on a page without scripts", () => {
    expect(pageCsp('<html><script type="application/ld+json">{}</script></html>')).toContain("script-src 'none'");
  });

  it("maps exported files to the paths static hosts serve them at", () => {
    expect(pagePath("events/x/index.html")).toBe("/events/x/");
    expect(pagePath("index.html")).toBe("/");
    expect(pagePath("404.html")).toBe("/404.html");
  });
});
