import { DATASET_VERSION, dataset, listSummaries, listTimeline, recordPath } from "@kz-hrc/core";
import { exportTables } from "@kz-hrc/core/export";
import { strFromU8, unzipSync } from "fflate";
import { expect, open, test } from "./fixtures";

const TABLES = exportTables(dataset).map((t) => t.name);

test.describe("data page and downloads", () => {
  test("offers every download, the version, how to cite, and Dataset JSON-LD", async ({ page }) => {
    await open(page, "/data/");
    await expect(page.locator("h1")).toHaveText("Data");
    await expect(page.locator("main")).toContainText(DATASET_VERSION);
    for (const file of [
      "kz-hrc.xlsx",
      "kz-hrc.zip",
      "kz-hrc.json",
      "datapackage.json",
      "kz-hrc.schema.json",
      ...TABLES.map((t) => `${t}.csv`),
    ]) {
      await expect(page.locator(`a[href="/data/${file}"]`).first()).toBeAttached();
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
    for (const resource of pkg.resources)
      expect((await request.get(`/data/${resource.path}`)).status(), resource.path).toBe(200);
    const schema = await (await request.get("/data/kz-hrc.schema.json")).json();
    expect(schema.type).toBe("object");
    const csv = await request.get("/data/topics.csv");
    expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
    const topic = listSummaries("topic")[0];
    if (topic) expect(await csv.text()).toContain(recordPath("topic", topic.id));
    expect(await (await request.get("/CITATION.cff")).text()).toMatch(/^cff-version: 1\.2\.0/);
  });

  test("says which file to use for what", async ({ page }) => {
    await open(page, "/data/");
    const uses = page.locator("dl.download-uses");
    await expect(uses.locator("dt")).toHaveText([/spreadsheet/, /R, Python, a database/, /application/, /One table/]);
    await expect(uses.locator("dd").nth(0).locator('a[href="/data/kz-hrc.xlsx"]')).toBeVisible();
    await expect(uses.locator("dd").nth(1).locator('a[href="/data/kz-hrc.zip"]')).toBeVisible();
    await expect(page.locator("table.data-tables tbody tr")).toHaveCount(TABLES.length);
  });

  test("the data page fits a 320 px wide screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, "/data/");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("the zip holds every table as CSV with the data package, and the tables join by their keys", async ({
    request,
  }) => {
    const response = await request.get("/data/kz-hrc.zip");
    expect(response.headers()["content-type"]).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await response.body()));
    for (const table of TABLES) expect(Object.keys(files), table).toContain(`${table}.csv`);
    for (const name of ["datapackage.json", "kz-hrc.json", "kz-hrc.schema.json", "README.txt"])
      expect(Object.keys(files)).toContain(name);
    const pkg = JSON.parse(strFromU8(files["datapackage.json"]!));
    expect(pkg.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    // The same bytes as the files served one by one.
    expect(strFromU8(files["citations.csv"]!)).toBe(await (await request.get("/data/citations.csv")).text());
    const citations = strFromU8(files["citations.csv"]!).split("\r\n");
    expect(citations[0]).toMatch(/^recordKind,recordId,field,sourceId,quote,locator/);
    const participants = pkg.resources.find((r: { name: string }) => r.name === "participants");
    expect(participants.schema.foreignKeys).toContainEqual({
      fields: ["eventId"],
      reference: { resource: "events", fields: ["id"] },
    });
    for (const resource of pkg.resources)
      for (const field of resource.schema?.fields ?? [])
        expect(field.type, `${resource.name}.${field.name}`).not.toBe("any");
  });

  test("the workbook is an Excel file and the CSV files are raw, without a byte-order mark or quote marks added", async ({
    request,
  }) => {
    const xlsx = await request.get("/data/kz-hrc.xlsx");
    expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheets = unzipSync(new Uint8Array(await xlsx.body()));
    expect(Object.keys(sheets)).toContain("xl/workbook.xml");
    expect(strFromU8(sheets["xl/workbook.xml"]!)).toContain('name="citations"');
    const csv = new Uint8Array(await (await request.get("/data/events.csv")).body());
    expect([...csv.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(csv)).not.toMatch(/,'[-=+@]/);
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
