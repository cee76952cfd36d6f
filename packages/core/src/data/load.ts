import type { Dataset } from "../schemas/dataset.js";
import { DataValidationError } from "./errors.js";
import { checkIntegrity } from "./integrity.js";
import { parseDataFiles } from "./parse.js";

/**
 * Validates data files (schemas, then integrity) and returns the dataset, or throws a
 * DataValidationError that lists every problem by file, record id and field.
 */
export function loadDataset(files: Readonly<Record<string, unknown>>, version: string): Dataset {
  const { collections, origins, issues } = parseDataFiles(files);
  if (issues.length === 0) issues.push(...checkIntegrity(collections, origins));
  if (issues.length > 0) throw new DataValidationError(issues);
  return { version, ...collections };
}
