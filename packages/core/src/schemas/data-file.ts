import { z } from "zod";
import { COLLECTIONS, type CollectionName } from "./dataset.js";

/**
 * One authored data file: any subset of the collections, so that each area of the
 * record (the seed articles, the UPR, the elections…) is curated in a file of its own.
 */
export const DataFile = z.strictObject({
  $schema: z.string().optional(),
  ...(Object.fromEntries(Object.entries(COLLECTIONS).map(([name, schema]) => [name, z.array(schema).optional()])) as {
    [K in CollectionName]: z.ZodOptional<z.ZodArray<(typeof COLLECTIONS)[K]>>;
  }),
});
export type DataFile = z.infer<typeof DataFile>;
