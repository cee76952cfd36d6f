import { join } from "node:path";
import type { Api, Citation, Dataset } from "@kz-hrc/core";
import type { CitationStatusOf } from "./doc.js";

/** The dataset the program works on, with its query API. */
export interface Loaded {
  api: Api;
  exportDataset: () => Dataset;
  statusOf: CitationStatusOf;
}

/** A `--data` folder that cannot be used: its message names the folder or the file; exit 2 for a bad folder, 1 for bad data. */
export class DataFolderError extends Error {
  override name = "DataFolderError";
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/**
 * Loads core's bundled dataset (validated when core was built) or, when a folder is
 * given, validates and loads the data files of that folder instead (throws core's
 * DataValidationError, or a DataFolderError).
 */
export async function loadData(dataDir?: string): Promise<Loaded> {
  const core = await import("@kz-hrc/core");
  if (dataDir === undefined) {
    // Core's own bound API over its bundled dataset: building a second one would cost every start.
    const api: Api = core;
    return { api, exportDataset: core.exportDataset, statusOf: core.getCitationStatus };
  }
  const [{ loadDataset }, { folderErrorReason, readDataFiles }] = await Promise.all([
    import("@kz-hrc/core/schemas"),
    import("@kz-hrc/core/node"),
  ]);
  let read: Record<string, unknown>;
  try {
    read = readDataFiles(dataDir);
  } catch (error) {
    throw new DataFolderError(
      `--data ${JSON.stringify(dataDir)}: cannot read the data folder (${folderErrorReason(error)})`,
      2,
    );
  }
  // Name each file by where it is, not by core's "data/" prefix.
  const files = new Map(
    Object.entries(read).map(([key, content]) => [join(dataDir, key.replace(/^data\//, "")), content]),
  );
  if (files.size === 0)
    throw new DataFolderError(`--data ${JSON.stringify(dataDir)}: no data files (*.json) in this folder`, 2);
  // A file that is not UTF-8 or not JSON, as core marks it: named here, with core's reason.
  for (const [file, content] of files) {
    const invalid =
      content && typeof content === "object" && Object.hasOwn(content, "$invalidJson")
        ? (content as { $invalidJson: unknown }).$invalidJson
        : undefined;
    if (invalid !== undefined) throw new DataFolderError(`${file}: cannot be read (${String(invalid)})`, 1);
  }
  const api = core.createApi(loadDataset(Object.fromEntries(files), core.DATASET_VERSION));
  // Core's record of machine checks holds for a citation whose source has the same archived text.
  const statusOf = (citation: Citation) => {
    const archived = api.getSource(citation.sourceId)?.archiveSha256;
    return archived && archived === core.getSource(citation.sourceId)?.archiveSha256
      ? core.getCitationStatus(citation)
      : "unchecked";
  };
  // Same shape and key order as core's exportDataset(): a plain JSON copy.
  return { api, exportDataset: () => JSON.parse(JSON.stringify(api.dataset)) as Dataset, statusOf };
}
