import { fileURLToPath } from "node:url";
import type { Loaded } from "../src/lib/load.js";
import { loadData } from "../src/lib/load.js";

/** The folder of the fixture dataset the tests browse. */
export const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/data", import.meta.url));

/** The fixture dataset, loaded the way `--data` loads it. */
export function loadFixture(): Promise<Loaded> {
  return loadData(FIXTURE_DIR);
}
