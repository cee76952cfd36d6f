/**
 * Build-time compression: a brotli (`x.br`) and a gzip (`x.gz`) copy beside every text
 * file of out/ that they make smaller, so that the server (and any host that serves
 * precompressed files) never compresses a response on the fly. The copies keep the
 * original's modification time, so every encoding of a file has one Last-Modified.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { COMPRESSIBLE, extensionOf } from "./headers.mjs";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Files this small fit in a packet or two anyway. */
const SMALLEST = 1024;

/** Kept only if it saves at least a tenth of the file (below that, sending it as is costs less). */
const worthIt = (compressed, original) => compressed.length <= original.length * 0.9;

/** Writes the compressed copies of the given files (relative to out); returns bytes before and after. */
export async function compressFiles(out, files) {
  const totals = { files: 0, raw: 0, br: 0, gzip: 0 };
  const queue = files.filter(
    (file) => COMPRESSIBLE.has(extensionOf(file)) && statSync(join(out, file)).size >= SMALLEST,
  );
  // zlib's async calls run on libuv's thread pool: a few at a time keep every core busy.
  const workers = Array.from({ length: 4 }, async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const path = join(out, file);
      const data = readFileSync(path);
      const { atime, mtime } = statSync(path);
      const [br, gzipped] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      totals.files += 1;
      totals.raw += data.length;
      for (const [suffix, bytes, key] of [
        [".br", br, "br"],
        [".gz", gzipped, "gzip"],
      ]) {
        if (!worthIt(bytes, data)) continue;
        writeFileSync(path + suffix, bytes);
        utimesSync(path + suffix, atime, mtime);
        totals[key] += bytes.length;
      }
    }
  });
  await Promise.all(workers);
  return totals;
}
