import { z } from "zod";
import { DataFile } from "../schemas/data-file.js";
import { Dataset } from "../schemas/dataset.js";

/** JSON Schema (draft 2020-12) of the exported dataset, generated from the zod schemas. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Dataset, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

/** JSON Schema of one authored data file, for editors to validate while typing. */
export function dataFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DataFile, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
