import { zipSync } from "fflate";

/** Fixed in every entry so that the same files always give the same archive. */
const MTIME = new Date("2000-01-01T00:00:00Z");

/** A zip archive of the given files, in the given order (names may hold folders: `tables/x.csv`). */
export function zipFiles(files: readonly { name: string; body: string | Uint8Array }[]): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) {
    if (Object.hasOwn(entries, file.name)) throw new Error(`two files named ${file.name} in one archive`);
    entries[file.name] = [typeof file.body === "string" ? encoder.encode(file.body) : file.body, { mtime: MTIME }];
  }
  return zipSync(entries, { level: 9 });
}
