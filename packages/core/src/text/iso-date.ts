/**
 * Partial ISO 8601 calendar dates (`2012`, `2012-11`, `2012-11-12`) as one regular
 * expression: real months, real days, 29 February only in leap years. Zod-free, so the
 * query grammar in browsers and the data schemas share it, and the published JSON Schema
 * carries the same rule as a `pattern`.
 */
const MONTH = "(?:0[1-9]|1[0-2])";
const LEAP_YEAR = "(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
export const PARTIAL_DATE_SOURCE = [
  `\\d{4}(?:-${MONTH})?`,
  `\\d{4}-${MONTH}-(?:0[1-9]|1\\d|2[0-8])`,
  "\\d{4}-(?:0[13-9]|1[0-2])-(?:29|30)",
  "\\d{4}-(?:0[13578]|1[02])-31",
  `${LEAP_YEAR}-02-29`,
]
  .map((alternative) => `^${alternative}$`)
  .join("|");

export const PARTIAL_DATE = new RegExp(PARTIAL_DATE_SOURCE);

/** Whether a string is a real date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}
