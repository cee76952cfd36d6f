import { z } from "zod";
import { ALLOWED_TEXT, FORBIDDEN_CATEGORIES, firstForbiddenCharacter } from "../text/characters.js";
import { PARTIAL_DATE } from "../text/iso-date.js";
import { RECORD_KINDS } from "./kinds.js";

/**
 * Any character of a category no record may carry (controls, invisible formatting and
 * bidirectional characters, line and paragraph separators, private use, lone surrogates).
 * Kept for code that tests a text at once; SafeText also allows a joiner inside a word.
 */
export const UNSAFE_CHARACTERS = new RegExp(`[${FORBIDDEN_CATEGORIES}]`, "u");

/** The longest text of each size, in characters: far above what the record holds, far below what would bloat it. */
export const TEXT_LIMITS = { label: 200, name: 200, title: 300, text: 2000, long: 6000 } as const;

function characterError(issue: { input?: unknown }): string {
  const found = typeof issue.input === "string" ? firstForbiddenCharacter(issue.input) : undefined;
  const where = found ? ` (${found.codePoint}, ${found.what}, at character ${found.position})` : "";
  return `must not contain control, invisible formatting, bidirectional or line-separator characters${where}`;
}

/** Messages for a text's own checks and for any tighter limit a field adds (`SafeText.max(600)`). */
function textError(issue: { code?: string; maximum?: unknown }): string | undefined {
  if (issue.code === "invalid_type") return "must be text";
  if (issue.code === "too_big") return `must be at most ${Number(issue.maximum).toLocaleString("en")} characters`;
  return undefined;
}

/**
 * Human-readable text of at most `max` characters on a single line: not blank, and free of
 * the characters above. Every rule is a length or a pattern, so the published JSON Schema
 * carries it too.
 */
function text(max: number) {
  return z
    .string({ error: textError })
    .trim()
    .regex(/\S/, { error: "must not be empty", abort: true })
    .max(max, { error: `must be at most ${max.toLocaleString("en")} characters` })
    .regex(ALLOWED_TEXT, { error: characterError });
}

/** Text such as a summary, a description, a note or a reason (2,000 characters at most). */
export const SafeText = text(TEXT_LIMITS.text);
/** The title of a record (300 characters at most). */
export const Title = text(TEXT_LIMITS.title);
/** A name of a person, an organization or a topic (200 characters at most). */
export const Name = text(TEXT_LIMITS.name);
/** A short label: a role, a place, a session, a document symbol, an author (200 characters at most). */
export const Label = text(TEXT_LIMITS.label);
/** A long note, such as what a search for an unknown found year by year (6,000 characters at most). */
export const LongText = text(TEXT_LIMITS.long);

/** A stable kebab-case slug; ids are URLs, so they are never renamed once published. */
export const Id = z
  .string({ error: "must be an id" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a kebab-case slug (a-z, 0-9, single hyphens)" })
  .max(120, { error: "must be at most 120 characters" });

/**
 * An ISO 8601 calendar date whose length is its precision:
 * `2012` (year), `2012-11` (month) or `2012-11-12` (day).
 */
export const PartialDate = z
  .string({ error: "must be a date" })
  .regex(PARTIAL_DATE, { error: "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD" })
  .meta({ description: "ISO date; its length gives the precision (year, month or day)." });

export const Url = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL", abort: true })
  .regex(/^https?:\/\/[^\s/?#]+\S*$/, { error: "must be an http(s) URL" })
  .max(2048, { error: "must be at most 2,048 characters" })
  .regex(ALLOWED_TEXT, { error: "must not contain control characters" })
  .meta({ format: "uri" });

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: "must be a lowercase hex SHA-256 digest" });

export const LanguageCode = z.string().regex(/^[a-z]{2}$/, { error: "must be a two-letter ISO 639-1 language code" });

/** Record kinds that can be referred to from other records (and that have pages). */
export const RecordKind = z.enum(RECORD_KINDS, { error: "must be a record kind such as event, statement or source" });
export type RecordKind = z.infer<typeof RecordKind>;

/** A typed reference to another record. */
export const RecordRef = z.strictObject({ kind: RecordKind, id: Id });
export type RecordRef = z.infer<typeof RecordRef>;
