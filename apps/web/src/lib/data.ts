/**
 * The query API the site renders from. By default it is core's bundled dataset; when
 * KZ_HRC_DATASET names a JSON data file (the build-time benchmark's synthetic record),
 * the site is built from that file instead, validated by core the same way.
 */
import { readFileSync } from "node:fs";
import { type Api, createApi, type Dataset, dataset, exportDataset } from "@kz-hrc/core";
import { loadDataset } from "@kz-hrc/core/schemas";

function load(): { api: Api; exported: Dataset } {
  const path = process.env.KZ_HRC_DATASET;
  if (!path) return { api: createApi(dataset), exported: exportDataset() };
  const file: unknown = JSON.parse(readFileSync(path, "utf8"));
  const api = createApi(loadDataset({ [`data/${path.split("/").pop() ?? "dataset.json"}`]: file }, "0.0.0-synthetic"));
  return { api, exported: api.dataset };
}

const loaded = load();

/** Every query of core, bound to the dataset this build renders. */
export const api: Api = loaded.api;

/** The whole dataset as exported for download. */
export const exportedDataset: Dataset = loaded.exported;
