import { z } from "zod";
import { DataFile } from "../schemas/data-file.js";
import { Dataset } from "../schemas/dataset.js";
import { Participant } from "../schemas/event.js";
import { Statement } from "../schemas/statement.js";

/**
 * Rules the zod schemas state as refinements, in JSON Schema words, so that the published
 * schema rejects what the validator rejects. Every other rule (lengths, dates, characters,
 * URL schemes, ids, vocabularies) is a length, a pattern or an enum in zod already and is
 * carried as it is. What JSON Schema cannot say stays with the validator: references
 * between records, dates in order, a vote's totals within the Council's 47 members, a
 * preferred variant that exists, a statement's quote inside its citations.
 */
function override(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  if (ctx.zodSchema === Participant)
    ctx.jsonSchema.anyOf = [{ required: ["personId"] }, { required: ["organizationId"] }];
  if (ctx.zodSchema === Statement)
    ctx.jsonSchema.anyOf = [{ required: ["speakerId"] }, { required: ["organizationId"] }];
}

const NOTE =
  "Patterns are ECMA-262 regular expressions with the u flag (Unicode property classes such as \\p{Cf}), as JSON Schema 2020-12 specifies; lengths count characters.";

function generate(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", override: override as never }) as Record<
    string,
    unknown
  >;
  return { ...json, $comment: NOTE };
}

/** JSON Schema (draft 2020-12) of the exported dataset, generated from the zod schemas. */
export function datasetJsonSchema(): Record<string, unknown> {
  return generate(Dataset);
}

/** JSON Schema of one authored data file, for editors to validate while typing. */
export function dataFileJsonSchema(): Record<string, unknown> {
  return generate(DataFile);
}
