import type { Dataset } from "../schemas/dataset.js";
import { COLLECTION_NAMES } from "../schemas/kinds.js";

/** The whole record as plain JSON, with the collections in export order. */
export function exportDatasetOf(data: Dataset): Dataset {
  const ordered = { version: data.version, ...Object.fromEntries(COLLECTION_NAMES.map((name) => [name, data[name]])) };
  return JSON.parse(JSON.stringify(ordered)) as Dataset;
}
