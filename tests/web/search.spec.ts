import { formatDate, RECORD_KINDS, search } from "@kz-hrc/core";
import { expect, open, test } from "./fixtures";

test.describe("search", () => {
  test("shows results as you type and keeps the query in the URL", async ({ page }) => {
    await open(page, "/search/");
    await expect(page.locator("h1")).toHaveText("Search");
    await expect(page.getByRole("status")).toHaveText("Type to search: results appear as you type.");
    await page.getByLabel("Search the record").fill("kind:topic");
    await expect(page).toHaveURL(/\/search\/\?q=kind%3Atopic$/);
    const expected = search("kind:topic", { limit: 1000 }).total;
    await expect(page.getByRole("status")).toHaveText(
      `${expected} ${expected === 1 ? "result" : "results"}${expected > 100 ? ", the first 100 shown" : ""}.`,
    );
    await expect(page.getByRole("list", { name: "Search results" }).locator("li")).toHaveCount(Math.min(expected, 100));
  });

  test("ranks free text exactly as core's search does", async ({ page }) => {
    await open(page, "/search/?q=death%20penalty%20moratorium");
    const expected = search("death penalty moratorium", { limit: 100 }).results.map((r) => r.title);
    expect(expected.length).toBeGreaterThan(1);
    await expect(page.getByRole("list", { name: "Search results" }).locator("li > a")).toHaveText(expected);
  });

  test("puts the answer first and writes dates in words, never ids", async ({ page }) => {
    await open(page, "/search/?q=2012%20election");
    const expected = search("2012 election", { limit: 100 }).results;
    expect(expected[0]?.id).toBe("hrc-election-2012");
    const first = page.getByRole("list", { name: "Search results" }).locator("li").first();
    await expect(first.locator("a")).toHaveText(expected[0]?.title ?? "");
    await expect(first.locator(".meta")).toContainText(formatDate(expected[0]?.date ?? ""));
    const snippets = await page.locator("#search-output .snippet").allTextContents();
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) expect(snippet).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|hrc-election-2012/);
  });

  test("finds a misspelt name, ignores accents, and leaves out -words", async ({ page }) => {
    for (const query of ["Kazakstan", "Volker Turk", "death penalty -moratorium"]) {
      await open(page, `/search/?q=${encodeURIComponent(query)}`);
      const expected = search(query, { limit: 100 }).results.map((r) => r.title);
      expect(expected.length).toBeGreaterThan(0);
      await expect(page.getByRole("list", { name: "Search results" }).locator("li > a")).toHaveText(expected);
    }
  });

  test("the URL restores the query and its results", async ({ page }) => {
    await open(page, "/search/?q=kind%3Aorganization");
    await expect(page.getByLabel("Search the record")).toHaveValue("kind:organization");
    const expected = search("kind:organization", { limit: 1000 }).total;
    await expect(page.getByRole("list", { name: "Search results" }).locator("li")).toHaveCount(Math.min(expected, 100));
    await expect(page.locator("#search-fallback")).toBeHidden();
  });

  test("explains a bad query instead of failing", async ({ page }) => {
    await open(page, "/search/?q=kind%3Aspaceship%20%3Cscript%3E");
    await expect(page.getByRole("list", { name: "Problems with the query" })).toContainText('unknown kind "spaceship"');
  });

  test("keyboard alone reaches the search box from the top of any page", async ({ page }) => {
    await open(page, "/about/");
    let reached = false;
    for (let i = 0; i < 15 && !reached; i += 1) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute("href") === "/search/",
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL("**/search/");
    await page.waitForLoadState("networkidle");
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.id === "search-q")) break;
    }
    await expect(page.getByLabel("Search the record")).toBeFocused();
    await page.keyboard.type("kind:topic");
    await expect(page).toHaveURL(/q=kind%3Atopic/);
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says results need JavaScript and links to every list", async ({ page }) => {
    await open(page, "/search/?q=anything");
    // Said in <noscript>, which browsers without scripts show (Playwright's text matchers skip it).
    const notice = page.locator("main noscript");
    expect(await notice.textContent()).toMatch(/Search results need JavaScript.*stays in the address bar/);
    await expect(notice.locator('a[href="/timeline/"]')).toHaveCount(1);
    await expect(page.locator("form[role=search]")).toHaveAttribute("action", "/search/");
    await expect(page.locator("#search-fallback a")).toHaveCount(RECORD_KINDS.length);
  });
});
