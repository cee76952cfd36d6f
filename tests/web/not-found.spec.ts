import { expect, test } from "./fixtures";

test.describe("unknown addresses", () => {
  for (const path of ["/events/no-such-event/", "/no-such-page/", "/sources/%3Cscript%3E/"]) {
    test(`${decodeURIComponent(path)} is a 404 page`, async ({ page, watch }) => {
      watch.allow.push(/status of 404/);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("h1")).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "Search the record" })).toHaveAttribute("href", "/search/");
    });
  }
});
