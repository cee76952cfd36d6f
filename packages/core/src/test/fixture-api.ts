import { loadDataset } from "../data/load.js";
import { createApi } from "../query/api.js";
import { fixtureFile } from "./fixture.js";

/** The query API over the fixture dataset. */
export const fixtureApi = () => createApi(loadDataset({ "data/test.json": fixtureFile() }, "test"));
