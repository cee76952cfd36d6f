import type { z } from "zod";
import type { Dataset } from "../schemas/dataset.js";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from "../schemas/dataset.js";
import { type DataIssue, UnreadableFile } from "./errors.js";

/** The collections of a dataset without its version. */
export type Collections = Omit<Dataset, "version">;

/** Where each record came from, for error messages: `${collection}/${id}` → file. */
export type Origins = Map<string, string>;

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join(".") || "(record)";
}

function idOf(record: unknown): string | undefined {
  return record &&
    typeof record === "object" &&
    Object.hasOwn(record, "id") &&
    typeof (record as { id: unknown }).id === "string"
    ? (record as { id: string }).id
    : undefined;
}

function isCollectionName(key: string): key is CollectionName {
  return (COLLECTION_NAMES as readonly string[]).includes(key);
}

/**
 * Validates every record of every file with its schema, collecting all problems: files
 * that could not be read (with their line and column), unknown collections, records that
 * break their schema, and ids used twice (naming both files). No files at all, or files
 * without a single record, is a problem too: an empty record is never a valid dataset.
 */
export function parseDataFiles(files: Readonly<Record<string, unknown>>): {
  collections: Collections;
  origins: Origins;
  issues: DataIssue[];
} {
  const collections = new Map<CollectionName, unknown[]>(COLLECTION_NAMES.map((n) => [n, []]));
  const origins: Origins = new Map();
  const issues: DataIssue[] = [];
  const firstUse = new Map<string, { collection: CollectionName; file: string }>();
  const names = Object.keys(files);
  if (names.length === 0)
    issues.push({ message: "no data files: the record is read from *.json files whose keys are collections" });
  let records = 0;
  for (const file of names) {
    const content = files[file];
    if (content instanceof UnreadableFile) {
      issues.push(content.issue);
      continue;
    }
    if (!content || typeof content !== "object" || Array.isArray(content)) {
      issues.push({ file, message: "must be a JSON object whose keys are collections" });
      continue;
    }
    for (const [key, list] of Object.entries(content)) {
      if (key === "$schema") continue;
      if (!isCollectionName(key)) {
        issues.push({
          file,
          collection: key,
          message: `unknown collection; expected one of ${COLLECTION_NAMES.join(", ")}`,
        });
        continue;
      }
      if (!Array.isArray(list)) {
        issues.push({ file, collection: key, message: "must be an array of records" });
        continue;
      }
      list.forEach((record: unknown, index) => {
        records++;
        const id = idOf(record);
        const recordId = id ?? `#${index}`;
        if (id !== undefined) {
          const first = firstUse.get(id);
          if (first) {
            issues.push({
              file,
              collection: key,
              recordId,
              field: "id",
              message: `duplicate id: already used in ${first.collection} (${first.file})`,
            });
            return;
          }
          firstUse.set(id, { collection: key, file });
        }
        const result = COLLECTIONS[key].safeParse(record);
        if (!result.success) {
          for (const issue of result.error.issues) {
            issues.push({ file, collection: key, recordId, field: pathOf(issue), message: issue.message });
          }
          return;
        }
        collections.get(key)?.push(result.data);
        origins.set(`${key}/${recordId}`, file);
      });
    }
  }
  if (names.length > 0 && records === 0 && issues.length === 0) {
    issues.push({ message: `no records: the data files (${names.join(", ")}) hold no record of any collection` });
  }
  return { collections: Object.fromEntries(collections) as unknown as Collections, origins, issues };
}
