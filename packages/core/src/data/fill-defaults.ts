import { COLLECTION_NAMES } from "../schemas/vocabulary.js";
import type { Collections } from "./parse.js";

/**
 * The defaults the zod schemas apply, applied without zod, so that the main entry can
 * use data that the build has already validated without loading the schemas. A test
 * checks that this gives exactly what the schemas give for the real dataset.
 */
const DEFAULTS: Partial<Record<keyof Collections, Record<string, () => unknown>>> = {
  events: { participants: () => [], topicIds: () => [] },
  statements: { topicIds: () => [], assesses: () => [] },
  uprReviews: { troikaIds: () => [], documents: () => [], eventIds: () => [] },
  reforms: { topicIds: () => [] },
  unknowns: { about: () => [] },
};

/** Merges data files into collections, filling defaults. Assumes the files are valid. */
export function mergeValidatedFiles(files: Readonly<Record<string, unknown>>): Collections {
  const out = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, [] as unknown[]])) as Record<string, unknown[]>;
  for (const content of Object.values(files)) {
    for (const name of COLLECTION_NAMES) {
      const records = (content as Record<string, unknown[] | undefined>)[name] ?? [];
      const defaults = DEFAULTS[name] ?? {};
      for (const record of records) {
        const filled: Record<string, unknown> = {};
        for (const [key, make] of Object.entries(defaults)) filled[key] = make();
        out[name]?.push(Object.assign(filled, record));
      }
    }
  }
  return out as unknown as Collections;
}
