import { expect, SAMPLE_RECORD_PATHS, test } from "./fixtures";

test.describe("security headers", () => {
  // Pages with an interactive part load one script file from the site; the others run none.
  const ENHANCED_PAGES = ["/timeline/", "/search/"];
  for (const path of ["/", ...ENHANCED_PAGES, SAMPLE_RECORD_PATHS[0] ?? "/about/"]) {
    test(`${path} has a strict CSP and runs without violations`, async ({ page }) => {
      const violations: string[] = [];
      await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        );
      });
      const response = await page.goto(path);
      await page.waitForLoadState("networkidle");
      const headers = response?.headers() ?? {};
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toMatch(ENHANCED_PAGES.includes(path) ? /script-src 'self';/ : /script-src 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBeTruthy();
      expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(headers["cross-origin-embedder-policy"]).toBe("require-corp");
      expect(violations).toEqual([]);
      const scripts = page.locator('script:not([type="application/ld+json"])');
      await expect(scripts).toHaveCount(ENHANCED_PAGES.includes(path) ? 1 : 0);
      if (ENHANCED_PAGES.includes(path)) await expect(scripts).toHaveAttribute("src", /^\/enhance\/[a-z]+\.js$/);
    });
  }

  test("files get a policy under which nothing runs, and the 404 page the strict page policy", async ({ request }) => {
    for (const path of ["/search-index.json", "/data/kz-hrc.json", "/feed.xml", "/icon.svg", "/enhance/search.js"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    }
    const missing = await request.get("/no-such-page/");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-security-policy"]).toMatch(/script-src 'none'/);
  });
});
