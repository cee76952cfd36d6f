import type { Api, Dataset } from "@kz-hrc/core";
import { uncheckedStatus, type CitationStatusOf } from "./doc.js";

/** The dataset the program works on, with its query API. */
export interface Loaded {
  api: Api;
  exportDataset: () => Dataset;
  statusOf: CitationStatusOf;
}

/**
 * Loads core (which validates the bundled dataset on import) and, when a folder is
 * given, the data files of that folder instead. Throws core's DataValidationError.
 */
export async function loadData(dataDir?: string): Promise<Loaded> {
  const core = await import("@kz-hrc/core");
  if (dataDir === undefined) {
    return { api: core.createApi(core.dataset), exportDataset: core.exportDataset, statusOf: uncheckedStatus };
  }
  const { readDataFiles } = await import("@kz-hrc/core/node");
  const api = core.createApi(core.loadDataset(readDataFiles(dataDir), core.DATASET_VERSION));
  // Same shape and key order as core's exportDataset(): a plain JSON copy.
  return { api, exportDataset: () => JSON.parse(JSON.stringify(api.dataset)) as Dataset, statusOf: uncheckedStatus };
}
