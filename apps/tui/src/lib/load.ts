import type { Api, Citation, Dataset } from "@kz-hrc/core";
import type { CitationStatusOf } from "./doc.js";

/** The dataset the program works on, with its query API. */
export interface Loaded {
  api: Api;
  exportDataset: () => Dataset;
  statusOf: CitationStatusOf;
}

/**
 * Loads core's bundled dataset (validated when core was built) or, when a folder is
 * given, validates and loads the data files of that folder instead (throws core's
 * DataValidationError).
 */
export async function loadData(dataDir?: string): Promise<Loaded> {
  const core = await import("@kz-hrc/core");
  if (dataDir === undefined) {
    return { api: core.createApi(core.dataset), exportDataset: core.exportDataset, statusOf: core.getCitationStatus };
  }
  const [{ loadDataset }, { readDataFiles }] = await Promise.all([import("@kz-hrc/core/schemas"), import("@kz-hrc/core/node")]);
  const api = core.createApi(loadDataset(readDataFiles(dataDir), core.DATASET_VERSION));
  // Core's record of machine checks holds for a citation whose source has the same archived text.
  const statusOf = (citation: Citation) => {
    const archived = api.getSource(citation.sourceId)?.archiveSha256;
    return archived && archived === core.getSource(citation.sourceId)?.archiveSha256 ? core.getCitationStatus(citation) : "unchecked";
  };
  // Same shape and key order as core's exportDataset(): a plain JSON copy.
  return { api, exportDataset: () => JSON.parse(JSON.stringify(api.dataset)) as Dataset, statusOf };
}
