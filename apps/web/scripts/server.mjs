/**
 * The HTTP server of the exported site (start.mjs runs it). sirv serves the files: it
 * indexes out/ once at start and sends the brotli or gzip copy that postbuild wrote when
 * the client accepts it, so nothing is compressed on the fly. Files up to 64 KB are kept
 * in memory once read, in the same encodings. Around it, this module does what sirv
 * leaves to its caller:
 *  - GET and HEAD only (405 with Allow otherwise); 400 for malformed percent-encoding or
 *    NUL; 414 for URLs over 4 KB and 404 for path segments no file name can have;
 *  - the headers of out/_headers, the rules static hosts apply too; `no-cache` where no
 *    rule sets Cache-Control;
 *  - conditional requests: If-None-Match and If-Modified-Since answer 304 with the headers;
 *  - byte ranges: one satisfiable range gets 206, an unsatisfiable one 416, and a
 *    malformed or multiple one the whole file (as the standard allows);
 *  - every file stream destroyed when its client goes away, and its errors handled (the
 *    response is cut short, the server goes on);
 *  - the 404 page with status 404 for every path that names no file, Next's copies of it
 *    included, and for the files static hosts never serve (_headers, x.br, x.gz).
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { pipeline } from "node:stream";
import sirv from "sirv";
import { FILE_CSP, pagePath } from "./csp.mjs";
import { contentType, headersForPath, isCompressedTwin, parseHeadersFile, REVALIDATE } from "./headers.mjs";
import { listFiles } from "./prune.mjs";

/** Longer request targets get 414; the longest path of the site is a fraction of it. */
const MAX_URL_LENGTH = 4096;
/** The longest file name most file systems allow, in bytes. */
const MAX_SEGMENT_BYTES = 255;
const NOT_FOUND_PAGE = "/404.html";
/**
 * Files up to this size (most pages and records) are read once, on their first request,
 * and answered from memory in each encoding: no file to open for every request. sirv
 * streams the larger ones.
 */
const IN_MEMORY = 64 * 1024;
/** Only meaningful over HTTPS, which the hosts serve and this server does not. */
const HOSTS_ONLY = new Set(["Strict-Transport-Security"]);

const FILE_CSP_HEADER = { "Content-Security-Policy": FILE_CSP };

const without = (headers, names) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));

/** The encodings of postbuild's copies that the client accepts, preferred first ("br, gzip", "gzip" or ""). */
export function acceptedEncodings(header = "") {
  const q = {};
  for (const part of header.toLowerCase().split(",")) {
    const [token = "", ...params] = part.split(";").map((s) => s.trim());
    const weight = params.find((p) => p.startsWith("q="));
    q[token === "x-gzip" ? "gzip" : token] = weight === undefined ? 1 : Number(weight.slice(2)) || 0;
  }
  return ["br", "gzip"].filter((name) => (q[name] ?? q["*"] ?? 0) > 0).join(", ");
}

const UNSATISFIABLE = Symbol("unsatisfiable");

/** The one byte range asked for, UNSATISFIABLE, or null to send the whole file (no range, a malformed one, or several). */
export function parseRange(header, size) {
  const match = /^bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header ?? "");
  if (!match) return null;
  const [, first = "", last = ""] = match;
  if (first === "") {
    if (last === "") return null;
    const length = Number(last);
    if (length === 0 || size === 0) return UNSATISFIABLE;
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  if (last !== "" && Number(last) < start) return null;
  if (start >= size) return UNSATISFIABLE;
  return { start, end: last === "" ? size - 1 : Math.min(Number(last), size - 1) };
}

/**
 * A log that writes the first line of a burst at once and then, a second later, how many
 * more came (20,000 aborted downloads or a shortage of file descriptors must not flood it).
 */
export function throttled(log) {
  let skipped = 0;
  let latest = "";
  let timer;
  return (line) => {
    if (timer) {
      skipped += 1;
      latest = line;
      return;
    }
    log(line);
    timer = setTimeout(() => {
      if (skipped > 0) log(`… and ${skipped} more in the second after it, the last: ${latest}`);
      skipped = 0;
      timer = undefined;
    }, 1000);
    timer.unref();
  };
}

/** What the server knows of each file: its headers (the rules', its type, validators), size and modification time. */
function siteIndex(out, rules) {
  const files = listFiles(out);
  const all = new Set(files);
  const index = new Map();
  for (const file of files) {
    if (file === "_headers" || isCompressedTwin(file, all)) continue;
    const type = contentType(file);
    if (!type)
      throw new Error(`No Content-Type for ${file}: add its extension to CONTENT_TYPES in scripts/headers.mjs.`);
    const abs = join(out, file);
    const { size, mtimeMs } = statSync(abs);
    const mtime = Math.floor(mtimeMs / 1000) * 1000;
    const opaque = `"${size.toString(16)}-${mtime.toString(16)}"`;
    const ruled = without(headersForPath(rules, file.endsWith(".html") ? pagePath(file) : `/${file}`).headers, [
      ...HOSTS_ONLY,
    ]);
    const headers = {
      "Content-Type": type,
      "Cache-Control": REVALIDATE,
      ...ruled,
      // One validator for every encoding of the file: weak, as the bytes differ.
      ETag: `W/${opaque}`,
      "Last-Modified": new Date(mtime).toUTCString(),
      "Accept-Ranges": "bytes",
      Vary: "Accept-Encoding",
    };
    const key = `/${file}`;
    // The encodings a small file is answered from memory in, with their full headers.
    const small =
      size <= IN_MEMORY
        ? Object.fromEntries(
            [
              ["br", ".br"],
              ["gzip", ".gz"],
              ["", ""],
            ]
              .filter(([encoding, suffix]) => encoding === "" || all.has(file + suffix))
              .map(([encoding, suffix]) => [
                encoding,
                {
                  path: abs + suffix,
                  body: undefined,
                  headers: {
                    ...headers,
                    ...(encoding ? { "Content-Encoding": encoding } : {}),
                    "Content-Length": statSync(abs + suffix).size,
                  },
                },
              ]),
          )
        : undefined;
    index.set(key, {
      abs,
      size,
      mtime,
      opaque,
      headers,
      headerList: Object.entries(headers),
      bare: without(headers, ["Content-Type"]),
      url: encodeURI(key),
      small,
    });
  }
  return index;
}

/** Whether the client's copy is current: If-None-Match (weak comparison) or, without it, If-Modified-Since. */
function notModified(req, entry) {
  const tags = req.headers["if-none-match"];
  if (tags !== undefined)
    return tags.trim() === "*" || tags.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.opaque);
  const since = req.headers["if-modified-since"];
  return since !== undefined && Date.parse(since) >= entry.mtime;
}

/**
 * A request handler for the exported site in `out` (which must hold _headers), for
 * node:http's createServer. `log` receives one line per problem, at most one a second.
 */
export function siteHandler(out, { log = (line) => console.error(line) } = {}) {
  const report = throttled(log);
  const rules = parseHeadersFile(readFileSync(join(out, "_headers"), "utf8"));
  const index = siteIndex(out, rules);
  const everywhere = without(
    Object.assign({}, ...rules.filter((rule) => rule.pattern === "/*").map((rule) => rule.headers)),
    [...HOSTS_ONLY],
  );
  const files = sirv(out, { dev: false, etag: false, gzip: true, brotli: true, extensions: [], dotfiles: false });

  const page404 = index.get(NOT_FOUND_PAGE);
  const notFoundBodies = page404
    ? Object.fromEntries(
        ["", "br", "gz"]
          .filter((e) => e === "" || existsSync(`${page404.abs}.${e}`))
          .map((e) => [e, readFileSync(e ? `${page404.abs}.${e}` : page404.abs)]),
      )
    : { "": Buffer.from("Not Found\n") };
  const notFoundHeaders = page404
    ? { ...without(page404.headers, ["ETag", "Last-Modified", "Accept-Ranges"]), "Cache-Control": REVALIDATE }
    : { ...everywhere, ...FILE_CSP_HEADER, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": REVALIDATE };

  function plain(req, res, status, text, extra = {}) {
    const body = `${text}\n`;
    res.writeHead(status, {
      ...everywhere,
      ...FILE_CSP_HEADER,
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": REVALIDATE,
      "Content-Length": Buffer.byteLength(body),
      ...extra,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function notFound(req, res) {
    const accepted = acceptedEncodings(req.headers["accept-encoding"]);
    const encoding = ["br", "gzip"].find((e) => accepted.includes(e) && notFoundBodies[e === "gzip" ? "gz" : e]);
    const body = encoding ? notFoundBodies[encoding === "gzip" ? "gz" : encoding] : notFoundBodies[""];
    res.writeHead(404, {
      ...notFoundHeaders,
      ...(encoding ? { "Content-Encoding": encoding } : {}),
      "Content-Length": body.length,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function redirect(res, path, query) {
    const location = encodeURI(path) + (/^\?[\x21-\x7e]*$/.test(query) ? query : "");
    res.writeHead(301, {
      ...everywhere,
      ...FILE_CSP_HEADER,
      Location: location,
      "Cache-Control": REVALIDATE,
      "Content-Length": 0,
    });
    res.end();
  }

  /** sirv pipes a file stream into the response: close it with the response, and handle its errors. */
  function onPipe(stream) {
    stream.once("error", (error) => {
      report(`${this.req?.url ?? "a file"}: ${error.message}`);
      this.destroy();
    });
    this.once("close", () => stream.destroy());
    if (this.req?.method === "HEAD") {
      stream.destroy();
      this.end();
    }
  }

  function sendFromMemory(req, res, small) {
    const accepted = req.headers["accept-encoding"];
    const variant =
      (small.br && accepted.includes("br") && small.br) ||
      (small.gzip && accepted.includes("gzip") && small.gzip) ||
      small[""];
    if (variant.body === undefined) {
      try {
        variant.body = readFileSync(variant.path);
      } catch (error) {
        // Out of file descriptors, most likely: this request fails, the server goes on.
        report(`${req.url}: ${error.message}`);
        return plain(req, res, 503, "Service Unavailable", { "Retry-After": "1" });
      }
    }
    res.writeHead(200, variant.headers);
    res.end(req.method === "HEAD" ? undefined : variant.body);
  }

  function sendRange(req, res, entry, { start, end }) {
    res.writeHead(206, {
      ...entry.headers,
      "Content-Range": `bytes ${start}-${end}/${entry.size}`,
      "Content-Length": end - start + 1,
    });
    pipeline(createReadStream(entry.abs, { start, end }), res, (error) => {
      if (error && error.code !== "ERR_STREAM_PREMATURE_CLOSE") report(`${req.url}: ${error.message}`);
    });
  }

  return function handle(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD")
      return plain(req, res, 405, "Method Not Allowed", { Allow: "GET, HEAD" });
    const url = req.url ?? "/";
    if (url.length > MAX_URL_LENGTH) return plain(req, res, 414, "URI Too Long");
    const q = url.indexOf("?");
    const raw = q === -1 ? url : url.slice(0, q);
    if (raw[0] !== "/") return plain(req, res, 400, "Bad Request");
    let path = raw;
    if (raw.includes("%")) {
      try {
        path = decodeURIComponent(raw);
      } catch {
        return plain(req, res, 400, "Bad Request: malformed percent-encoding");
      }
    }
    if (path.includes("\0")) return plain(req, res, 400, "Bad Request: NUL in path");
    if (path.length > 64 && path.split("/").some((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES))
      return notFound(req, res);

    const key = path.endsWith("/") ? `${path}index.html` : path;
    const entry = index.get(key);
    if (entry === undefined || key === NOT_FOUND_PAGE) {
      if (entry === undefined && index.has(`${path}/index.html`))
        return redirect(res, `${path}/`, q === -1 ? "" : url.slice(q));
      return notFound(req, res);
    }
    if (key === path && path.endsWith("/index.html"))
      return redirect(res, path.slice(0, -"index.html".length), q === -1 ? "" : url.slice(q));

    if (notModified(req, entry)) {
      res.writeHead(304, entry.bare);
      return res.end();
    }
    if (req.headers.range !== undefined) {
      const range =
        req.method === "GET" &&
        (req.headers["if-range"] === undefined || Date.parse(req.headers["if-range"]) === entry.mtime)
          ? parseRange(req.headers.range, entry.size)
          : null;
      delete req.headers.range;
      if (range === UNSATISFIABLE) {
        res.writeHead(416, { ...entry.bare, "Content-Range": `bytes */${entry.size}`, "Content-Length": 0 });
        return res.end();
      }
      if (range) return sendRange(req, res, entry, range);
    }
    req.headers["accept-encoding"] = acceptedEncodings(req.headers["accept-encoding"]);
    if (entry.small) return sendFromMemory(req, res, entry.small);
    for (const [name, value] of entry.headerList) res.setHeader(name, value);
    res.once("pipe", onPipe);
    req.url = entry.url;
    files(req, res, () => notFound(req, res));
  };
}

/** An HTTP server for the exported site in `out`; `log` as for siteHandler. */
export function createSiteServer(out, options = {}) {
  return createServer(siteHandler(out, options));
}
