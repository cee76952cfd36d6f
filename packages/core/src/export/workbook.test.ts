import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { parseCsv } from "../test/csv-parse.js";
import { fixtureFile } from "../test/fixture.js";
import { tableToCsv } from "./csv.js";
import { tableLayouts } from "./layout.js";
import { buildTables } from "./tables.js";
import { workbookXlsx } from "./workbook.js";
import { zipFiles } from "./zip.js";

const file = fixtureFile();
file.events![0]!.title = "=SUM(A1:A2) Выборы «2012» — ‘quoted’";
file.topics![0]!.id = "0012";
file.events![0]!.topicIds = ["0012"];
const data = loadDataset({ "data/test.json": file }, "test");
const tables = buildTables(data, tableLayouts(), "https://example.org/");

async function readWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

describe("the workbook", () => {
  it("opens in a spreadsheet reader with a sheet a table, after a sheet saying what each holds", async () => {
    const workbook = await readWorkbook(
      await workbookXlsx(tables, {
        title: "kz-hrc",
        version: "test",
        licence: "CC BY 4.0",
        source: "https://example.org/data/",
      }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["About", ...tables.map((t) => t.name)]);
    const about = workbook.getWorksheet("About")!;
    const listed = new Map<string, unknown>();
    about.eachRow((row) => listed.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(listed.get("citations")).toBe(tables.find((t) => t.name === "citations")!.rows.length);
  });

  it("types its cells: numbers as numbers, yes/no as booleans, ids and dates as text, and keeps text exactly", async () => {
    const workbook = await readWorkbook(
      await workbookXlsx(tables, { title: "kz-hrc", version: "test", licence: "CC BY 4.0", source: "x" }),
    );
    const votes = workbook.getWorksheet("votes")!;
    const header = (votes.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => votes.getRow(2).getCell(header.indexOf(name) + 1);
    expect(cell("totalsInFavour").value).toBe(23);
    expect(cell("totalsInFavour").type).toBe(ExcelJS.ValueType.Number);
    expect(cell("adopted").value).toBe(true);
    expect(cell("date").value).toBe("2014-03-27");
    expect(cell("date").type).toBe(ExcelJS.ValueType.String);
    const events = workbook.getWorksheet("events")!;
    const eHeader = (events.getRow(1).values as unknown[]).slice(1);
    const titles: unknown[] = [];
    events.eachRow((row, n) => n > 1 && titles.push(row.getCell(eHeader.indexOf("title") + 1).value));
    // A formula-like text stays text, in any script, with its typographic quotes.
    expect(titles).toContain("=SUM(A1:A2) Выборы «2012» — ‘quoted’");
    const topics = workbook.getWorksheet("topics")!;
    expect(topics.getRow(2).getCell(1).value).toBe("0012");
  });
});

describe("the zip", () => {
  it("holds every table as the same CSV, read back by a zip reader", () => {
    const files = tables.map((t) => ({ name: `${t.name}.csv`, body: tableToCsv(t) }));
    const entries = unzipSync(zipFiles([...files, { name: "README.txt", body: "what is what" }]));
    expect(Object.keys(entries)).toEqual([...files.map((f) => f.name), "README.txt"]);
    for (const f of files) expect(strFromU8(entries[f.name]!), f.name).toBe(f.body);
    expect(parseCsv(strFromU8(entries["events.csv"]!))[1]).toContain("=SUM(A1:A2) Выборы «2012» — ‘quoted’");
  });

  it("refuses two files of one name", () => {
    expect(() =>
      zipFiles([
        { name: "a.csv", body: "" },
        { name: "a.csv", body: "" },
      ]),
    ).toThrow("two files named a.csv");
  });
});
