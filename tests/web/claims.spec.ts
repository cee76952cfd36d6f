/**
 * Ways in: claims beside their assessments, the statements list filtered and ordered,
 * and the home page's entry points. Expectations come from the raw `assesses` links of
 * the dataset, not from the query functions the pages use.
 */
import { dataset } from "@kz-hrc/core";
import { expect, open, test } from "./fixtures";

/** Every claim id with the relations of the assessments linked to it, from the statements' own `assesses`. */
const links = new Map<string, string[]>();
for (const s of dataset.statements)
  for (const a of s.assesses) links.set(a.statementId, [...(links.get(a.statementId) ?? []), a.relation]);
const contradicted = [...links].filter(([, relations]) => relations.includes("contradicts")).map(([id]) => id);

test.describe("claims and assessments", () => {
  test("lists every assessed claim once, the contradicted ones first", async ({ page }) => {
    test.skip(links.size === 0, "no assessment is linked yet");
    await open(page, "/claims/");
    await expect(page.locator("h1")).toHaveText("Claims and assessments");
    const claims = page.locator("#claims-list > article.claim");
    await expect(claims).toHaveCount(links.size);
    const ids = await claims.evaluateAll((as) =>
      as.map((a) => a.querySelector('a[href^="/statements/"]')?.getAttribute("href")?.split("/")[2] ?? ""),
    );
    expect(new Set(ids)).toEqual(new Set(links.keys()));
    expect(new Set(ids.slice(0, contradicted.length))).toEqual(new Set(contradicted));
  });

  test("shows each claim's contradicting, supporting and context assessments, counted", async ({ page }) => {
    const id = contradicted[0];
    test.skip(!id, "no contradicted claim yet");
    await open(page, "/claims/");
    const relations = links.get(id ?? "") ?? [];
    const claim = page
      .locator("#claims-list > article.claim")
      .filter({ has: page.locator(`a[href="/statements/${id}/"]`) });
    const count = (r: string) => relations.filter((x) => x === r).length;
    await expect(
      claim.getByRole("heading", { name: `Assessments that contradict the claim (${count("contradicts")})` }),
    ).toBeVisible();
    if (count("supports"))
      await expect(
        claim.getByRole("heading", { name: `Assessments that support the claim (${count("supports")})` }),
      ).toBeVisible();
    if (count("context")) {
      const context = claim.locator("details > summary", {
        hasText: `Assessments that give context (${count("context")})`,
      });
      await expect(context).toBeVisible();
      await context.click();
    }
    await expect(claim.locator(".assessment-list > li")).toHaveCount(relations.length);
  });

  test("filters to the contradicted claims, from the URL", async ({ page }) => {
    test.skip(contradicted.length === 0, "no contradicted claim yet");
    await open(page, "/claims/?assessment=contradicted");
    await expect(page.locator("#claims-list > article.claim:visible")).toHaveCount(contradicted.length);
    await expect(page.getByRole("status")).toHaveText(`Showing ${contradicted.length} of ${links.size} claims.`);
    await page.getByLabel("Assessments").selectOption("");
    await expect(page.locator("#claims-list > article.claim:visible")).toHaveCount(links.size);
  });

  test("without a script, every claim shows", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/claims/?assessment=contradicted");
    await expect(page.locator("#claims-list > article.claim")).toHaveCount(links.size);
    await context.close();
  });
});

test.describe("statements list", () => {
  const statements = dataset.statements;

  test("is ordered newest first under year headings and marks contradicted claims", async ({ page }) => {
    await open(page, "/statements/");
    await expect(page.locator("#statements-list li[data-filter-item]")).toHaveCount(statements.length);
    const years = (await page.locator("#statements-list > section > h2").allTextContents()).map(Number);
    expect(years).toEqual([...new Set(statements.map((s) => Number(s.date.slice(0, 4))))].sort((a, b) => b - a));
    await expect(page.locator("#statements-list .marker--contradicted")).toHaveCount(contradicted.length);
  });

  test("filters by kind, speaker, year and contradiction, and keeps the filter in the URL", async ({ page }) => {
    await open(page, "/statements/");
    const items = page.locator("#statements-list li[data-filter-item]:visible");
    await page.getByLabel("Assessments").selectOption("contradicted");
    await expect(items).toHaveCount(contradicted.length);
    await expect(page).toHaveURL(/\?assessed=contradicted$/);
    await page.getByLabel("Assessments").selectOption("");

    const year = statements[0]?.date.slice(0, 4) ?? "";
    await page.getByLabel("Year").selectOption(year);
    await expect(items).toHaveCount(statements.filter((s) => s.date.startsWith(year)).length);
    // Year groups left empty are hidden.
    await expect(page.locator("#statements-list > section:visible")).toHaveCount(1);
    await page.getByLabel("Year").selectOption("");

    const kind = statements[0]?.kind ?? "";
    await page.getByLabel("Kind").selectOption(kind);
    await expect(items).toHaveCount(statements.filter((s) => s.kind === kind).length);
    await page.getByLabel("Kind").selectOption("");

    const speaker = statements.find((s) => s.speakerId)?.speakerId ?? "";
    await page.getByLabel("Speaker").selectOption(speaker);
    await expect(items).toHaveCount(statements.filter((s) => (s.speakerId ?? s.organizationId) === speaker).length);

    await page.goto(page.url());
    await page.waitForLoadState("networkidle");
    await expect(page.getByLabel("Speaker")).toHaveValue(speaker);
    await expect(items).toHaveCount(statements.filter((s) => (s.speakerId ?? s.organizationId) === speaker).length);
  });
});

test.describe("home page ways in", () => {
  test("lead to contested claims, votes, recommendations and discrepancies", async ({ page }) => {
    await open(page, "/");
    const ways = page.getByRole("region", { name: "Start here" });
    for (const href of ["/claims/?assessment=contradicted", "/votes/", "/recommendations/", "/discrepancies/"]) {
      await expect(ways.locator(`a[href="${href}"]`)).toBeVisible();
    }
    await expect(ways).toContainText(`${contradicted.length} official claim`);
  });
});
