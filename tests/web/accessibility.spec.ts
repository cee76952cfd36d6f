import AxeBuilder from "@axe-core/playwright";
import { expect, INDEX_PATHS, open, SAMPLE_RECORD_PATHS, STATIC_PATHS, test } from "./fixtures";

const PAGES = [...STATIC_PATHS, INDEX_PATHS[0] ?? "/events/", ...SAMPLE_RECORD_PATHS];

test.describe("accessibility (axe-core, WCAG 2.2 AA)", () => {
  for (const path of PAGES) {
    test(`${path} has no violations`, async ({ page }) => {
      await open(page, path);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }

  test("the 404 page has no violations", async ({ page, watch }) => {
    watch.allow.push(/status of 404/);
    await page.goto("/no-such-page/");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test("the dark colour scheme has no contrast violations", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    for (const path of ["/", "/timeline/", SAMPLE_RECORD_PATHS[0] ?? "/about/"]) {
      await open(page, path);
      const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}`)).toEqual([]);
    }
  });

  test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
    await open(page, "/about/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("pages fit a 320 px wide screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/", "/timeline/", "/search/", SAMPLE_RECORD_PATHS[0] ?? "/about/"]) {
      await open(page, path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
