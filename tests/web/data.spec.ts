import { COLLECTION_NAMES, DATASET_VERSION, listSummaries, listTimeline, recordPath } from "@kz-hrc/core";
import { expect, open, test } from "./fixtures";

test.describe("data page and downloads", () => {
  test("offers every download, the version, how to cite, and Dataset JSON-LD", async ({ page }) => {
    await open(page, "/data/");
    await expect(page.locator("h1")).toHaveText("Data");
    await expect(page.locator("main")).toContainText(DATASET_VERSION);
    for (const file of ["kz-hrc.json", "datapackage.json", "kz-hrc.schema.json", ...COLLECTION_NAMES.map((c) => `${c}.csv`)]) {
      await expect(page.locator(`a[href="/data/${file}"]`)).toBeAttached();
    }
    await expect(page.locator('a[href="/CITATION.cff"]')).toBeAttached();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@type"]).toBe("Dataset");
    expect(jsonLd.version).toBe(DATASET_VERSION);
  });

  test("the downloads are what they say", async ({ request }) => {
    const dataset = await (await request.get("/data/kz-hrc.json")).json();
    expect(dataset.version).toBe(DATASET_VERSION);
    const pkg = await (await request.get("/data/datapackage.json")).json();
    for (const resource of pkg.resources) expect((await request.get(`/data/${resource.path}`)).status(), resource.path).toBe(200);
    const schema = await (await request.get("/data/kz-hrc.schema.json")).json();
    expect(schema.type).toBe("object");
    const csv = await request.get("/data/topics.csv");
    expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
    const topic = listSummaries("topic")[0];
    if (topic) expect(await csv.text()).toContain(recordPath("topic", topic.id));
    expect(await (await request.get("/CITATION.cff")).text()).toMatch(/^cff-version: 1\.2\.0/);
  });

  test("every record has its JSON", async ({ request }) => {
    for (const summary of listSummaries().slice(0, 30)) {
      const path = `/api${recordPath(summary.kind, summary.id).replace(/\/$/, "")}.json`;
      const body = await (await request.get(path)).json();
      expect(body.record.id, path).toBe(summary.id);
    }
  });

  test("the Atom feed lists the latest events", async ({ request }) => {
    const xml = await (await request.get("/feed.xml")).text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect((xml.match(/<entry>/g) ?? []).length).toBe(Math.min(50, listTimeline().length));
  });
});

test("the about page explains the method and keeps a place for coverage", async ({ page }) => {
  await open(page, "/about/");
  for (const heading of ["Method", "Curation rules", "Perspectives", "Coverage", "Accessibility statement"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.locator("#coverage")).toBeAttached();
});
