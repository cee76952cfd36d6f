import { kindLabel, type RecordSummary } from "@kz-hrc/core";
import { clean, fit, shortDate, truncate } from "./format.js";

/** The widths of a list's columns for a window: the date, the name or title first, then its context. */
export interface Columns {
  date: number;
  title: number;
  context: number;
}

const length = (text: string) => [...text].length;
const GAP = 2;

/** A row's cells: date, title, and context (the kind, in search; else the record's subtitle). */
export function cellsOf(s: RecordSummary, withKind = false): [string, string, string] {
  return [shortDate(s.date), clean(s.title), withKind ? kindLabel(s.kind) : clean(s.subtitle ?? "")];
}

/** Sizes the columns to the window: the title takes what it needs up to most of the width, the context the rest. */
export function columnWidths(rows: readonly (readonly [string, string, string])[], width: number): Columns {
  const max = (i: 0 | 1 | 2) => rows.reduce((m, r) => Math.max(m, length(r[i])), 0);
  const date = max(0);
  const contextMax = max(2);
  const room = Math.max(10, width - 2 - (date ? date + GAP : 0));
  if (!contextMax) return { date, title: room, context: 0 };
  const titleMax = max(1);
  // The context gets what the title leaves, and at least a third of the room (less if it needs less).
  const contextShare = Math.min(contextMax, Math.max(Math.floor(room / 3), room - GAP - titleMax));
  const title = Math.max(Math.min(8, titleMax), Math.min(titleMax, room - GAP - contextShare));
  return { date, title, context: Math.max(0, room - GAP - title) };
}

/** One list row laid out in columns (the last is cut, not padded). */
export function formatRow(cells: readonly [string, string, string], columns: Columns): string {
  const [date, title, context] = cells;
  const parts = [
    ...(columns.date ? [fit(date, columns.date)] : []),
    columns.context ? fit(title, columns.title) : truncate(title, columns.title),
  ];
  if (columns.context && context) parts.push(truncate(context, columns.context));
  return parts.join(" ".repeat(GAP)).trimEnd();
}
