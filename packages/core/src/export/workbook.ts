/**
 * The tables as one Excel workbook (.xlsx) for spreadsheet users: a sheet a table, each
 * column typed (whole numbers as numbers, yes/no as booleans, everything else as text, so
 * a spreadsheet never reads an id as a number, a date as its own date, or a text that
 * starts with "=" as a formula), the header row frozen, and a first sheet saying what
 * each sheet holds. Text keeps every character, in any script.
 */
import writeXlsxFile, { type Sheet, type Cell as XlsxCell } from "write-excel-file/node";
import { type Cell, LIST_DELIMITER, type Table } from "./tables.js";

const HEADER = { fontWeight: "bold" as const, backgroundColor: "#E8EEF4" };

function cellOf(value: Cell, type: Table["columns"][number]["type"]): XlsxCell {
  if (value === undefined) return null;
  if ((type === "integer" || type === "number") && typeof value === "number") return { value, type: Number };
  if (type === "boolean" && typeof value === "boolean") return { value, type: Boolean };
  const text = Array.isArray(value) ? value.join(LIST_DELIMITER) : String(value);
  return { value: text, type: String, format: "@" };
}

function widthOf(table: Table, index: number): number {
  const longest = table.rows.slice(0, 500).reduce((max, row) => {
    const value = row[index];
    const length =
      value === undefined ? 0 : Array.isArray(value) ? value.join(LIST_DELIMITER).length : String(value).length;
    return Math.max(max, length);
  }, table.columns[index]?.name.length ?? 8);
  return Math.min(60, Math.max(8, longest + 2));
}

/** What the first sheet says: the dataset, its licence, and each sheet with what it holds. */
export interface WorkbookAbout {
  title: string;
  version: string;
  licence: string;
  source: string;
}

/** The workbook's bytes. */
export async function workbookXlsx(tables: readonly Table[], about: WorkbookAbout): Promise<Uint8Array> {
  const intro: XlsxCell[][] = [
    [{ value: about.title, type: String, fontWeight: "bold", fontSize: 14 }],
    [`Version ${about.version}. ${about.licence}`],
    [about.source],
    [null],
    [
      { value: "Sheet", type: String, ...HEADER },
      { value: "Rows", type: String, ...HEADER },
      { value: "What it holds", type: String, ...HEADER },
    ],
    ...tables.map((t): XlsxCell[] => [t.name, { value: t.rows.length, type: Number }, t.description]),
  ];
  const sheets: Sheet<unknown>[] = [
    { sheet: "About", data: intro, columns: [{ width: 22 }, { width: 8 }, { width: 100 }] },
    ...tables.map(
      (table): Sheet<unknown> => ({
        sheet: table.name.slice(0, 31),
        data: [
          table.columns.map((c): XlsxCell => ({ value: c.name, type: String, ...HEADER })),
          ...table.rows.map((row) => row.map((value, i) => cellOf(value, table.columns[i]?.type ?? "string"))),
        ],
        columns: table.columns.map((_, i) => ({ width: widthOf(table, i) })),
        stickyRowsCount: 1,
      }),
    ),
  ];
  const buffer = await writeXlsxFile(sheets as never).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
