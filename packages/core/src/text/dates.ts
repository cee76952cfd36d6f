import { byCodePoint } from "./order.js";

/** Precision of a partial ISO date, read from its length. */
export type DatePrecision = "year" | "month" | "day";

export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** First day a partial date can mean: `2012` → `2012-01-01`. */
export function startOf(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day a partial date can mean: `2012-02` → `2012-02-29`. */
export function endOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number);
    const last = new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, "0")}`;
  }
  return date;
}

/** True when `a` can be on or before `b` given their precisions. */
export function mayPrecede(a: string, b: string): boolean {
  return startOf(a) <= endOf(b);
}

/** Sort key that puts less precise dates first within their period. */
export function compareDates(a: string, b: string): number {
  const byStart = byCodePoint(startOf(a), startOf(b));
  return byStart !== 0 ? byStart : a.length - b.length;
}

/** The year of a partial date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
