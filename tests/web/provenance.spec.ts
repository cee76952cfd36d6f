/**
 * Checking a quote from its page: the original's address kept apart from the copy read
 * (never a test host shown as the original), the passage and archive links, a stable
 * anchor per quote, the Cite block without script, and the data changelog.
 */
import {
  DATASET_VERSION,
  getSummary,
  listRecordsCitingSource,
  listSources,
  quoteAnchor,
  recordPath,
  type Source,
} from "@kz-hrc/core";
import { expect, open, test } from "./fixtures";

const TEST_HOST = /\.un-icc\.cloud|(^|\.)(test|dev|staging)\./;

/** The page of the first record citing a source. */
function pageCiting(source: Source): string {
  const ref = listRecordsCitingSource(source.id)[0];
  if (!ref) throw new Error(`nothing cites ${source.id}`);
  return recordPath(ref.kind, ref.id);
}

const testHostSources = listSources().filter((s) => s.copy === "test-host");
const symbolCopy = listSources().find(
  (s) =>
    s.copy === "document-sharing" &&
    s.canonicalUrl?.startsWith("https://undocs.org/") &&
    listRecordsCitingSource(s.id).length > 0,
);

test.describe("the original and the copy read", () => {
  test("no test host is ever shown as an original, on source pages or beside quotes", async ({ page }) => {
    expect(testHostSources.length).toBeGreaterThan(0);
    for (const source of testHostSources.slice(0, 6)) {
      await open(page, recordPath("source", source.id));
      const original = page.locator("dt", { hasText: /^Original$/ }).locator("xpath=following-sibling::dd[1]");
      if (!source.canonicalUrl) await expect(original).toContainText("Address not established");
      await expect(original.locator("a")).toHaveCount(source.canonicalUrl ? 1 : 0);
      const readAt = page.locator("dt", { hasText: /^Read at$/ }).locator("xpath=following-sibling::dd[1]");
      await expect(readAt.locator("a")).toHaveAttribute("href", source.url ?? "");
      await expect(readAt).toContainText("test or staging host");

      await open(page, pageCiting(source));
      // The link after "Original:" is the original's; a line without one says it is not established.
      const originals = await page
        .locator(".source-addresses")
        .evaluateAll((lines) =>
          lines
            .filter((l) => !(l.textContent ?? "").startsWith("Original: address not established"))
            .map((l) => l.querySelector("a")?.getAttribute("href") ?? ""),
        );
      for (const href of originals) expect(new URL(href).hostname).not.toMatch(TEST_HOST);
      await expect(
        page.locator(".source-addresses", { hasText: "Original: address not established" }).first(),
      ).toBeVisible();
    }
  });

  test("a UN document read on a document-sharing site links its symbol as the original", async ({ page }) => {
    test.skip(!symbolCopy, "no such source in the record");
    const source = symbolCopy as Source;
    await open(page, pageCiting(source));
    const line = page.locator(`.source-addresses:has(a[href="${source.canonicalUrl}"])`).first();
    await expect(line).toContainText("Original: undocs.org");
    await expect(line).toContainText("Read at:");
    await expect(line.locator(`a[href="${source.url}"]`)).toHaveCount(1);
  });
});

test.describe("checking and citing a quote", () => {
  const source = listSources().find((s) => s.url && !s.copy && listRecordsCitingSource(s.id).length > 0) as Source;
  const path = pageCiting(source);

  test("every quote has a stable anchor, its passage and a Wayback lookup", async ({ page }) => {
    await open(page, path);
    const figures = page.locator("figure.citation");
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      const quote = (await figure.locator("blockquote").innerText()).trim();
      const id = quoteAnchor(quote);
      // The anchor is on the quote's first appearance on the page (ids are unique).
      await expect(page.locator(`figure.citation[id="${id}"]`)).toHaveCount(1);
      await expect(figure.locator(`a[href="#${id}"]`)).toHaveText("Link to this quote");
      const passage = figure.getByRole("link", { name: /^Find the passage/ });
      if ((await passage.count()) > 0) expect(await passage.getAttribute("href")).toMatch(/#(.*):~:text=[^&]+$/);
      const wayback = figure.getByRole("link", { name: /Wayback Machine/ });
      if ((await wayback.count()) > 0)
        expect(await wayback.getAttribute("href")).toMatch(/^https:\/\/web\.archive\.org\/web\/\*\/https?:\/\//);
    }
  });

  test("the Cite block gives text, BibTeX and CSL-JSON with the site's address and the version, without script", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const id = path.split("/").filter(Boolean).at(-1) ?? "";
    const title = getSummary(decodeURIComponent(id))?.title ?? "";
    const cite = page.locator("#cite");
    await expect(cite.getByRole("heading", { name: "Cite this record" })).toBeVisible();
    const text = await cite.locator("p").first().innerText();
    expect(text).toContain(`“${title}.”`);
    expect(text).toContain(`dataset version ${DATASET_VERSION}`);
    expect(text).not.toContain("localhost");
    expect(text).toMatch(
      new RegExp(`https?://[^ ]+${path.replace(/[/.]/g, "\\$&")}\\. Accessed \\d{1,2} [A-Z][a-z]+ \\d{4}\\.`),
    );
    await cite.getByText("BibTeX", { exact: true }).click();
    await expect(cite.locator("pre").first()).toContainText(`@misc{kz-hrc:${decodeURIComponent(id)},`);
    await cite.getByText("CSL-JSON", { exact: true }).click();
    const csl = JSON.parse(await cite.locator("pre").nth(1).innerText());
    expect(csl[0].version).toBe(DATASET_VERSION);
    expect(new URL(csl[0].URL).pathname).toBe(path);
    await context.close();
  });
});

test("the data changelog says what changed and which version the site shows", async ({ page }) => {
  await open(page, "/data/changelog/");
  await expect(page.locator("h1")).toHaveText("Data changelog");
  await expect(page.locator("main")).toContainText(DATASET_VERSION);
  await expect(page.locator("main h2").first()).toBeVisible();
  await open(page, "/data/");
  await expect(page.locator('a[href="/data/changelog/"]')).toBeAttached();
});
