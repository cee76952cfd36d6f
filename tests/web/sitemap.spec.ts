import { listSummaries, RECORD_KINDS } from "@kz-hrc/core";
import { expect, INDEX_PATHS, RECORD_PATHS, STATIC_PATHS, test } from "./fixtures";

test.describe("sitemap and robots", () => {
  test("the sitemap lists every page once", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
    expect(paths.length).toBe(STATIC_PATHS.length + RECORD_KINDS.length + listSummaries().length);
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual([...STATIC_PATHS, ...INDEX_PATHS, ...RECORD_PATHS].sort());
  });

  test("robots.txt points at the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
});
