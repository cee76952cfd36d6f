import type { z } from "zod";
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../schemas/dataset.js";
import type { Dataset } from "../schemas/dataset.js";
import type { DataIssue } from "./errors.js";

/** The collections of a dataset without its version. */
export type Collections = Omit<Dataset, "version">;

/** Where each record came from, for error messages: `${collection}/${id}` → file. */
export type Origins = Map<string, string>;

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join(".") || "(record)";
}

function idOf(record: unknown, index: number): string {
  if (record && typeof record === "object" && "id" in record && typeof record.id === "string") return record.id;
  return `#${index}`;
}

/** Validates every record of every file with its schema, collecting all problems. */
export function parseDataFiles(files: Readonly<Record<string, unknown>>): {
  collections: Collections;
  origins: Origins;
  issues: DataIssue[];
} {
  const collections = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, []])) as unknown as Record<
    CollectionName,
    unknown[]
  >;
  const origins: Origins = new Map();
  const issues: DataIssue[] = [];
  for (const [file, content] of Object.entries(files)) {
    if (!content || typeof content !== "object" || Array.isArray(content)) {
      issues.push({ file, message: "must be a JSON object whose keys are collections" });
      continue;
    }
    for (const [key, records] of Object.entries(content)) {
      if (key === "$schema") continue;
      if (!(COLLECTION_NAMES as readonly string[]).includes(key)) {
        issues.push({ file, collection: key, message: `unknown collection; expected one of ${COLLECTION_NAMES.join(", ")}` });
        continue;
      }
      const name = key as CollectionName;
      if (!Array.isArray(records)) {
        issues.push({ file, collection: name, message: "must be an array of records" });
        continue;
      }
      records.forEach((record: unknown, index) => {
        const result = COLLECTIONS[name].safeParse(record);
        const recordId = idOf(record, index);
        if (!result.success) {
          for (const issue of result.error.issues) {
            issues.push({ file, collection: name, recordId, field: pathOf(issue), message: issue.message });
          }
          return;
        }
        collections[name].push(result.data);
        origins.set(`${name}/${recordId}`, file);
      });
    }
  }
  return { collections: collections as unknown as Collections, origins, issues };
}
