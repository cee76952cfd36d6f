import { listTimeline, listVotes } from "@kz-hrc/core";
import { expect, open, test } from "./fixtures";

const events = listTimeline();
// The timeline lists recorded votes beside the events.
const items = events.length + listVotes().length;

test.describe("timeline", () => {
  test("lists every event under year headings, newest first", async ({ page }) => {
    await open(page, "/timeline/");
    await expect(page.locator("h1")).toHaveText("Timeline");
    await expect(page.locator("#timeline-list [data-year]")).toHaveCount(items);
    if (events.length === 0) return;
    const years = (await page.locator("#timeline-list > li > h2").allTextContents()).map(Number);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  test("a filter change writes the URL, and the URL restores the filter", async ({ page }) => {
    test.skip(events.length === 0, "the dataset has no events yet");
    await open(page, "/timeline/");
    const kind = await page.locator("#filter-type option").nth(1).getAttribute("value");
    expect(kind).toBeTruthy();
    await page.getByLabel("Type", { exact: true }).selectOption(kind ?? "");
    await page.getByLabel("Order").selectOption("oldest");
    await expect(page).toHaveURL(new RegExp(`/timeline/\\?type=${kind}&order=oldest$`));
    const expected = kind === "vote" ? listVotes().length : listTimeline({ types: [kind ?? ""] }).length;
    await expect(page.locator("#timeline-list [data-year]:visible")).toHaveCount(expected);
    await expect(page.getByRole("status")).toHaveText(`Showing ${expected} of ${items} events.`);

    await page.goto(page.url());
    await page.waitForLoadState("networkidle");
    await expect(page.getByLabel("Type", { exact: true })).toHaveValue(kind ?? "");
    await expect(page.getByLabel("Order")).toHaveValue("oldest");
    await expect(page.locator("#timeline-list [data-year]:visible")).toHaveCount(expected);
    const years = (await page.locator("#timeline-list > li:visible > h2").allTextContents()).map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  test("a year range from the URL shows only those years", async ({ page }) => {
    test.skip(events.length === 0, "the dataset has no events yet");
    const year = events[Math.floor(events.length / 2)]?.date.slice(0, 4) ?? "2012";
    await open(page, `/timeline/?from=${year}&to=${year}`);
    await expect(page.getByLabel("From year")).toHaveValue(year);
    const expected =
      listTimeline({ from: year, to: year }).length + listVotes().filter((v) => v.date.startsWith(year)).length;
    await expect(page.locator("#timeline-list [data-year]:visible")).toHaveCount(expected);
  });

  test("keyboard alone reaches every filter", async ({ page }) => {
    await open(page, "/timeline/");
    const wanted = [
      "filter-from",
      "filter-to",
      "filter-type",
      "filter-topic",
      "filter-person",
      "filter-org",
      "filter-perspective",
      "filter-order",
    ];
    const reached = new Set<string>();
    for (let i = 0; i < 40 && wanted.some((id) => !reached.has(id)); i += 1) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => document.activeElement?.id ?? ""));
    }
    expect(wanted.filter((id) => !reached.has(id))).toEqual([]);
  });
});

test.describe("timeline without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the full list and a plain GET form", async ({ page }) => {
    await open(page, "/timeline/?type=election");
    await expect(page.locator("#timeline-list [data-year]")).toHaveCount(items);
    await expect(page.locator("form.filters-form")).toHaveAttribute("method", "get");
    await expect(page.locator("form.filters-form")).toHaveAttribute("action", "/timeline/");
  });

  // Chromium under Playwright keeps <noscript> unparsed even with scripts off, so the
  // note is read from the served HTML and its year jumps are followed by address.
  test("says the filters need a script, and offers a jump to every year instead", async ({ page }) => {
    const html = await (await page.request.get("/timeline/")).text();
    const note = html.match(/<noscript>(.*?)<\/noscript>/s)?.[1] ?? "";
    expect(note).toContain("Without JavaScript the filters cannot narrow this list");
    const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort().reverse();
    expect([...note.matchAll(/href="#year-(\d{4})"/g)].map((m) => m[1])).toEqual(years);
    await open(page, `/timeline/#year-${years.at(-1)}`);
    await expect(page.locator(`#year-${years.at(-1)}`)).toBeInViewport();
  });
});

test.describe("timeline with JavaScript", () => {
  test("does not show the note for readers without a script", async ({ page }) => {
    await open(page, "/timeline/");
    await expect(page.getByRole("navigation", { name: "Years" })).toHaveCount(0);
  });
});
