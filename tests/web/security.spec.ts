import { expect, open, SAMPLE_RECORD_PATHS, test } from "./fixtures";

test.describe("security headers", () => {
  const WIDGET_PAGES = ["/timeline/", "/search/"];
  for (const path of ["/", ...WIDGET_PAGES, SAMPLE_RECORD_PATHS[0] ?? "/about/"]) {
    test(`${path} has a strict CSP and runs without violations`, async ({ page }) => {
      const violations: string[] = [];
      await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const response = await page.goto(path);
      await page.waitForLoadState("networkidle");
      const headers = response?.headers() ?? {};
      const csp = headers["content-security-policy"] ?? "";
      // Pages with a client widget allow exactly their inline scripts; the others run none.
      expect(csp).toMatch(WIDGET_PAGES.includes(path) ? /script-src 'self' 'sha256-/ : /script-src 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBeTruthy();
      expect(violations).toEqual([]);
      if (!WIDGET_PAGES.includes(path)) await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    });
  }
});
