import { expect, open, SAMPLE_RECORD_PATHS, test } from "./fixtures";

test.describe("security headers", () => {
  for (const path of ["/", "/timeline/", "/search/", SAMPLE_RECORD_PATHS[0] ?? "/about/"]) {
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
      expect(csp).toMatch(/script-src 'self' 'sha256-/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBeTruthy();
      expect(violations).toEqual([]);
    });
  }
});
