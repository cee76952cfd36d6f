import { listSummaries, RECORD_KINDS } from "@kz-hrc/core";
import { expect, open, test } from "./fixtures";

test.describe("home page", () => {
  test("says what the record is and links into everything", async ({ page }) => {
    await open(page, "/");
    await expect(page.locator("h1")).toHaveText("Kazakhstan at the UN Human Rights Council");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }),
    ).toHaveAttribute("href", "/timeline/");
    await expect(page.locator(`main form[role=search][action="/search/"]`)).toBeAttached();
    for (const href of ["/timeline/", "/data/", "/about/"]) {
      await expect(page.locator(`main a[href="${href}"]`).first()).toBeAttached();
    }
  });

  test("shows membership terms and UPR cycles as a chart with a text equivalent", async ({ page }) => {
    await open(page, "/");
    const chart = page.getByRole("img", { name: /Membership terms and UPR reviews of Kazakhstan/ });
    await expect(chart).toBeVisible();
    const terms = listSummaries("membership-term").length;
    const reviews = listSummaries("upr-review").length;
    await expect(chart.locator("rect.term")).toHaveCount(terms);
    const equivalent = page.locator("figcaption");
    await expect(equivalent.locator('a[href^="/membership/"]')).toHaveCount(terms);
    await expect(equivalent.locator('a[href^="/upr/"]')).toHaveCount(reviews);
  });

  test("counts every kind of record", async ({ page }) => {
    await open(page, "/");
    for (const kind of RECORD_KINDS) {
      const card = page
        .locator(".card-grid a")
        .filter({ has: page.locator(".count") })
        .nth(RECORD_KINDS.indexOf(kind));
      await expect(card.locator(".count")).toHaveText(String(listSummaries(kind).length));
    }
  });
});
