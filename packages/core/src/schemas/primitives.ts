import { z } from "zod";
import { RECORD_KINDS } from "./kinds.js";

/**
 * Characters no record may carry: C0/C1 controls (terminal escapes start with ESC),
 * DEL, and the Unicode bidirectional overrides and isolates used to spoof text.
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** A single line of human-readable text with no control or bidi-override characters. */
export const SafeText = z
  .string({ error: "must be text" })
  .trim()
  .min(1, { error: "must not be empty" })
  .refine((value) => !UNSAFE_CHARACTERS.test(value), {
    error: "must not contain control or bidirectional-override characters",
  });

/** A stable kebab-case slug; ids are URLs, so they are never renamed once published. */
export const Id = z
  .string({ error: "must be an id" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a kebab-case slug (a-z, 0-9, single hyphens)" })
  .max(120, { error: "must be at most 120 characters" });

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/**
 * An ISO 8601 calendar date whose length is its precision:
 * `2012` (year), `2012-11` (month) or `2012-11-12` (day).
 */
export const PartialDate = z
  .string({ error: "must be a date" })
  .refine(isRealDate, { error: "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD" })
  .meta({ description: "ISO date; its length gives the precision (year, month or day)." });

export const Url = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .refine((value) => !UNSAFE_CHARACTERS.test(value), { error: "must not contain control characters" });

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: "must be a lowercase hex SHA-256 digest" });

export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2}$/, { error: "must be a two-letter ISO 639-1 language code" });

/** Record kinds that can be referred to from other records (and that have pages). */
export const RecordKind = z.enum(RECORD_KINDS, { error: "must be a record kind such as event, statement or source" });
export type RecordKind = z.infer<typeof RecordKind>;

/** A typed reference to another record. */
export const RecordRef = z.strictObject({ kind: RecordKind, id: Id });
export type RecordRef = z.infer<typeof RecordRef>;
