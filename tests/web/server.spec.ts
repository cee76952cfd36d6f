/**
 * The server of `pnpm start` (apps/web/scripts/start.mjs) over HTTP: each test starts it
 * on a free port of 127.0.0.1 (so that it can watch the process's memory and open files),
 * sends requests with node:http, and checks one thing the server must hold to.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { Agent, type IncomingHttpHeaders, request } from "node:http";
import { createRequire } from "node:module";
import { connect, createServer, type Socket } from "node:net";
import { dirname, join } from "node:path";
import { expect, test } from "@playwright/test";

const web = dirname(createRequire(import.meta.url).resolve("@kz-hrc/web/package.json"));
const out = join(web, "out");
const START = join(web, "scripts", "start.mjs");
const onLinux = process.platform === "linux";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Site {
  port: number;
  pid: number;
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Starts `pnpm start`'s script on a free port, optionally with a limit on open files; resolves once it listens. */
async function startSite(
  options: { fdLimit?: number; port?: number; env?: Record<string, string> } = {},
): Promise<Site> {
  const port = options.port ?? (await freePort());
  const [command, args] = options.fdLimit
    ? ["bash", ["-c", `ulimit -n ${options.fdLimit} && exec "$0" "$1"`, process.execPath, START]]
    : [process.execPath, [START]];
  const child = spawn(command, args, {
    env: { ...process.env, PORT: String(port), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    let stdout = "";
    child.stdout?.on("data", (d) => {
      stdout += d;
      if (stdout.includes("Serving")) resolve();
    });
    void exited.then((code) => reject(new Error(`server exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 20_000);
  });
  return { port, pid: child.pid ?? 0, child, stderr: () => stderr, exited };
}

async function stopSite(site: Site): Promise<void> {
  if (site.child.exitCode === null) site.child.kill("SIGTERM");
  await Promise.race([site.exited, sleep(5000)]);
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; agent?: Agent } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        headers: options.headers,
        agent: options.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${path}`)));
    req.on("error", reject);
    req.end();
  });
}

/** A download dropped after its first chunk. */
function abandonedDownload(port: number, path: string): Promise<void> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      res.once("data", () => {
        req.destroy();
        resolve();
      });
      res.once("end", resolve);
    });
    req.on("error", () => resolve());
    req.setTimeout(10_000, () => req.destroy());
    req.end();
  });
}

async function inBatches(total: number, size: number, job: () => Promise<unknown>): Promise<void> {
  for (let done = 0; done < total; done += size)
    await Promise.all(Array.from({ length: Math.min(size, total - done) }, job));
}

const openFiles = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;
const residentKb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);

/** Every file of the export (compressed copies and _headers aside), relative to out/. */
function exportedFiles(): string[] {
  const all = (readdirSync(out, { recursive: true }) as string[])
    .map((f) => f.split("\\").join("/"))
    .filter((f) => statSync(join(out, f)).isFile());
  const set = new Set(all);
  return all.filter((f) => f !== "_headers" && !(/\.(br|gz)$/.test(f) && set.has(f.slice(0, -3))));
}

const largestFile = () =>
  `/${exportedFiles().sort((a, b) => statSync(join(out, b)).size - statSync(join(out, a)).size)[0]}`;
const eventPage = () =>
  `/${exportedFiles()
    .find((f) => /^events\/[^/]+\/index\.html$/.test(f))
    ?.replace(/index\.html$/, "")}`;

/** The headers every response carries, whatever its status or type. */
function expectSecurityHeaders(reply: Reply, what: string): void {
  const h = reply.headers;
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(h["cross-origin-resource-policy"], what).toBe("same-origin");
  expect(h["cross-origin-embedder-policy"], what).toBe("require-corp");
  expect(h["permissions-policy"], what).toMatch(/camera=\(\)/);
  expect(h["content-security-policy"], what).toMatch(/frame-ancestors 'none'/);
  expect(h["content-security-policy"], what).not.toMatch(/unsafe-inline|unsafe-eval/);
}

test.describe("pnpm start", () => {
  // One server for the tests below, in order in one worker: the file-descriptor and
  // memory counts must not see another test's requests.
  test.describe.configure({ mode: "default" });
  let site: Site;
  test.beforeAll(async () => {
    site = await startSite();
  });
  test.afterAll(async () => {
    await stopSite(site);
  });

  test("closes the file of every download its client drops", async () => {
    const path = largestFile();
    for (let i = 0; i < 3; i++) expect((await send(site.port, path)).status).toBe(200);
    const baseline = onLinux ? openFiles(site.pid) : 0;
    await inBatches(300, 100, () => abandonedDownload(site.port, path));
    expect((await send(site.port, "/")).status).toBe(200);
    if (!onLinux) return;
    // Closing happens as each drop is noticed: give the last ones a moment.
    await expect.poll(() => openFiles(site.pid), { timeout: 5000 }).toBeLessThanOrEqual(baseline + 5);
  });

  test("sends the files compressed at build time, never compressing on the fly", async () => {
    for (const path of ["/search-index.json", eventPage()]) {
      const file = join(out, path.endsWith("/") ? `${path}index.html` : path);
      for (const [accept, suffix, encoding] of [
        ["br, gzip", ".br", "br"],
        ["gzip", ".gz", "gzip"],
        ["identity", "", undefined],
      ] as const) {
        const reply = await send(site.port, path, { headers: { "accept-encoding": accept } });
        expect(reply.headers["content-encoding"], `${path} ${accept}`).toBe(encoding);
        expect(reply.headers.vary).toMatch(/Accept-Encoding/);
        expect(Number(reply.headers["content-length"]), `${path}: a length, not chunks made on the fly`).toBe(
          reply.body.length,
        );
        expect(
          reply.body.equals(readFileSync(file + suffix)),
          `${path} is ${file}${suffix} as written by the build`,
        ).toBe(true);
      }
    }
  });

  test("checks each request against a handful of header rules", async () => {
    const rules = readFileSync(join(out, "_headers"), "utf8")
      .split("\n")
      .filter((line) => /^\//.test(line));
    // They grow with the kinds of page, not with the records (Cloudflare Pages allows 100).
    expect(rules.length).toBeGreaterThan(3);
    expect(rules.length).toBeLessThanOrEqual(60);
  });

  test("keeps pace: 2,000 requests for a page over 50 connections in seconds", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const path = eventPage();
    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next++ < 2000)
          expect((await send(site.port, path, { agent, headers: { "accept-encoding": "br, gzip" } })).status).toBe(200);
      }),
    );
    agent.destroy();
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test("holds its memory with 500 connections downloading at once", async () => {
    test.skip(!onLinux, "reads /proc");
    await send(site.port, "/search-index.json", { headers: { "accept-encoding": "br" } });
    const before = residentKb(site.pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, residentKb(site.pid))), 50);
    await Promise.all(
      Array.from({ length: 500 }, () =>
        send(site.port, "/search-index.json", { headers: { "accept-encoding": "br, gzip" } }),
      ),
    );
    clearInterval(sampler);
    expect((peak - before) / 1024, "MB grown at the peak").toBeLessThan(150);
  });

  test("answers 400 to malformed percent-encoding and NUL, and logs nothing", async () => {
    const logged = site.stderr().length;
    for (const path of ["/index.html%00.txt", "/%00/", "/events/%00", "/%E0%A4%A/", "/%zz/"]) {
      const reply = await send(site.port, path);
      expect(reply.status, path).toBe(400);
      expectSecurityHeaders(reply, path);
    }
    expect(site.stderr().slice(logged)).toBe("");
  });

  test("answers 404 or 414 to names too long, never 500", async () => {
    for (const path of [`/${"a".repeat(300)}/`, `/events/${"é".repeat(130)}/`, `/data/${"b".repeat(256)}.json`]) {
      expect((await send(site.port, encodeURI(path))).status, path.slice(0, 30)).toBe(404);
    }
    expect((await send(site.port, `/${"a/".repeat(2100)}`)).status).toBe(414);
    expect((await send(site.port, "/")).status).toBe(200);
  });

  test("allows GET and HEAD only", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
      const reply = await send(site.port, "/", { method });
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow, method).toBe("GET, HEAD");
    }
    // A large file (streamed) and a small one (kept in memory).
    for (const [path, file] of [
      ["/search-index.json", "search-index.json.br"],
      ["/", "index.html.br"],
    ] as const) {
      const head = await send(site.port, path, { method: "HEAD", headers: { "accept-encoding": "br" } });
      expect(head.status, path).toBe(200);
      expect(head.body.length, path).toBe(0);
      expect(Number(head.headers["content-length"]), path).toBe(statSync(join(out, file)).size);
    }
  });

  test("answers byte ranges: one range, the whole file for malformed ones, 416 for unsatisfiable ones", async () => {
    const path = "/robots.txt";
    const file = readFileSync(join(out, path));
    const range = (value: string) => send(site.port, path, { headers: { range: value } });
    const first = await range("bytes=0-0");
    expect(first.status).toBe(206);
    expect(first.headers["content-range"]).toBe(`bytes 0-0/${file.length}`);
    expect(first.body.equals(file.subarray(0, 1))).toBe(true);
    const last = await range("bytes=-10");
    expect(last.status).toBe(206);
    expect(last.body.equals(file.subarray(file.length - 10))).toBe(true);
    for (const malformed of ["bytes=abc", "bytes=5-2", "bytes=0-1,4-5", "lines=1-2"]) {
      const reply = await range(malformed);
      expect(reply.status, malformed).toBe(200);
      expect(reply.body.equals(file), malformed).toBe(true);
    }
    const beyond = await range(`bytes=${file.length}-`);
    expect(beyond.status).toBe(416);
    expect(beyond.headers["content-range"]).toBe(`bytes */${file.length}`);
    expect(beyond.body.length).toBe(0);
  });

  test("validates caches: ETag, If-None-Match, If-Modified-Since", async () => {
    for (const path of ["/", "/search-index.json", eventPage()]) {
      const reply = await send(site.port, path, { headers: { "accept-encoding": "br" } });
      const etag = reply.headers.etag ?? "";
      const modified = reply.headers["last-modified"] ?? "";
      expect(etag, path).toMatch(/^(W\/)?"[^"]+"$/);
      expect(Date.parse(modified), path).toBeGreaterThan(0);
      for (const headers of [
        { "if-none-match": etag },
        { "if-none-match": `"other", ${etag}` },
        { "if-modified-since": modified },
      ]) {
        const cached = await send(site.port, path, { headers });
        expect(cached.status, `${path} ${JSON.stringify(headers)}`).toBe(304);
        expect(cached.body.length).toBe(0);
        expect(cached.headers.etag).toBe(etag);
        expectSecurityHeaders(cached, `${path} 304`);
      }
      expect((await send(site.port, path, { headers: { "if-none-match": '"other"' } })).status).toBe(200);
      expect(
        (await send(site.port, path, { headers: { "if-modified-since": "Sat, 01 Jan 2000 00:00:00 GMT" } })).status,
      ).toBe(200);
    }
  });

  test("caches hashed assets for a year and makes everything else revalidate", async () => {
    const css = exportedFiles().find((f) => f.startsWith("_next/static/") && f.endsWith(".css"));
    expect(css).toBeTruthy();
    expect((await send(site.port, `/${css}`)).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const path of [
      "/",
      eventPage(),
      "/search-index.json",
      "/data/kz-hrc.json",
      "/enhance/search.js",
      "/feed.xml",
    ]) {
      expect((await send(site.port, path)).headers["cache-control"], path).toBe("no-cache");
    }
  });

  test("sends a Content-Type for every kind of file shipped", async () => {
    const expected: Record<string, RegExp> = {
      html: /^text\/html; charset=utf-8$/,
      css: /^text\/css; charset=utf-8$/,
      js: /^text\/javascript; charset=utf-8$/,
      json: /^application\/json(; charset=utf-8)?$/,
      csv: /^text\/csv; charset=utf-8$/,
      xml: /^application\/(atom\+)?xml(; charset=utf-8)?$/,
      txt: /^text\/plain; charset=utf-8$/,
      cff: /^(text\/plain|text\/yaml|application\/(x-)?yaml); charset=utf-8$/,
      svg: /^image\/svg\+xml/,
      zip: /^application\/zip$/,
      xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/,
    };
    const byExtension = new Map<string, string>();
    for (const file of exportedFiles()) {
      const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? "(none)";
      if (!byExtension.has(ext) && file !== "404.html") byExtension.set(ext, file);
    }
    for (const [ext, file] of byExtension) {
      expect(expected[ext], `a type this test expects for .${ext} (${file})`).toBeDefined();
      const reply = await send(site.port, `/${file.replace(/(^|\/)index\.html$/, "$1")}`);
      expect(reply.status, file).toBe(200);
      expect(reply.headers["content-type"], file).toMatch(expected[ext] as RegExp);
    }
  });

  test("answers 404 with the site's 404 page for Next's copies of it and for files hosts do not serve", async () => {
    for (const path of [
      "/404/",
      "/_not-found/",
      "/404.html",
      "/index.txt",
      "/__next._tree.txt",
      "/_headers",
      "/index.html.br",
      "/no-such-page/",
    ]) {
      const reply = await send(site.port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString("utf8"), path).toContain("Page not found");
      expectSecurityHeaders(reply, path);
      expect(reply.headers["content-security-policy"], path).toMatch(/script-src 'none'/);
    }
  });

  test("opens the data to other origins, and only the data", async () => {
    const api = exportedFiles().find((f) => f.startsWith("api/") && f.endsWith(".json"));
    for (const path of [
      "/data/kz-hrc.json",
      "/data/datapackage.json",
      "/data/topics.csv",
      "/data/kz-hrc.schema.json",
      "/search-index.json",
      "/CITATION.cff",
      "/feed.xml",
      `/${api}`,
    ]) {
      expect((await send(site.port, path)).headers["access-control-allow-origin"], path).toBe("*");
    }
    for (const path of ["/", "/data/", "/timeline/", "/enhance/search.js"]) {
      expect((await send(site.port, path)).headers["access-control-allow-origin"], path).toBeUndefined();
    }
  });

  test("gives every response the security headers", async () => {
    const replies: [string, Reply][] = [
      ["page", await send(site.port, "/")],
      ["data", await send(site.port, "/data/kz-hrc.json", { headers: { "accept-encoding": "gzip" } })],
      ["asset", await send(site.port, "/enhance/timeline.js")],
      ["redirect", await send(site.port, "/about")],
      ["405", await send(site.port, "/", { method: "POST" })],
      ["range", await send(site.port, "/robots.txt", { headers: { range: "bytes=0-1" } })],
    ];
    for (const [what, reply] of replies) expectSecurityHeaders(reply, what);
  });

  test("applies out/_headers, the rules static hosts get", async () => {
    // A reading of the file independent of the server's: every matching rule applies.
    const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
    for (const line of readFileSync(join(out, "_headers"), "utf8").split("\n")) {
      if (line.startsWith("#") || line.trim() === "") continue;
      if (line.startsWith("/")) {
        const source = line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
          .replace(/\*/g, ".*")
          .replace(/:[A-Za-z]\w*/g, "[^/]+");
        rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      } else {
        const [name = "", ...value] = line.trim().split(":");
        rules.at(-1)?.headers.push([name.toLowerCase(), value.join(":").trim()]);
      }
    }
    // A few paths for each set of rules that match together: every rule, every combination.
    const bySignature = new Map<string, string[]>();
    for (const file of exportedFiles()) {
      if (file === "404.html") continue;
      const path = `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
      const signature = rules.map((r) => (r.pattern.test(path) ? 1 : 0)).join("");
      const group = bySignature.get(signature) ?? [];
      if (group.length < 3) bySignature.set(signature, [...group, path]);
    }
    const paths = [...bySignature.values()].flat();
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const reply = await send(site.port, path);
      for (const rule of rules.filter((r) => r.pattern.test(path))) {
        for (const [name, value] of rule.headers)
          if (name !== "strict-transport-security") expect(reply.headers[name], `${path} ${name}`).toBe(value);
      }
    }
  });

  test("redirects a page's address without its slash, and index.html, to the page", async () => {
    for (const [path, location] of [
      ["/about", "/about/"],
      ["/about/index.html", "/about/"],
      ["/events?x=1", "/events/?x=1"],
      ["/index.html", "/"],
    ]) {
      const reply = await send(site.port, path ?? "");
      expect(reply.status, path).toBe(301);
      expect(reply.headers.location, path).toBe(location);
    }
  });
});

test.describe("pnpm start, on its own", () => {
  test.describe.configure({ mode: "default" });

  test("survives 1,500 dropped downloads with 128 files allowed", async () => {
    test.skip(!onLinux, "ulimit and /proc");
    const site = await startSite({ fdLimit: 128 });
    try {
      const path = largestFile();
      await inBatches(1500, 50, () => abandonedDownload(site.port, path));
      await sleep(500);
      expect(site.child.exitCode).toBeNull();
      expect((await send(site.port, "/")).status).toBe(200);
      expect(site.stderr()).not.toMatch(/Unhandled|EMFILE/);
    } finally {
      await stopSite(site);
    }
  });

  test("goes on when it runs out of files: those requests fail, the next ones are answered", async () => {
    test.skip(!onLinux, "ulimit");
    const site = await startSite({ fdLimit: 64 });
    // A connection opened beforehand, to send requests once no file can be opened.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const idle: Socket[] = [];
    try {
      const pages = exportedFiles()
        .filter((f) => /^events\/[^/]+\/index\.html$/.test(f))
        .slice(0, 5)
        .map((f) => `/${f.replace(/index\.html$/, "")}`);
      expect((await send(site.port, "/", { agent })).status).toBe(200);
      // More idle connections than the process may open files: every descriptor is taken.
      await Promise.all(
        Array.from(
          { length: 80 },
          () =>
            new Promise<void>((resolve) => {
              const socket = connect(site.port, "127.0.0.1", () => resolve());
              socket.on("error", () => resolve());
              socket.setTimeout(3000, () => resolve());
              idle.push(socket);
            }),
        ),
      );
      await sleep(300);
      // Pages not read yet (kept in memory once read) and a file streamed from disk.
      for (const page of pages) {
        const status = (await send(site.port, page, { agent }).catch(() => ({ status: 0 }))).status;
        expect([200, 503], `${page} while out of files`).toContain(status);
      }
      await send(site.port, largestFile(), { agent }).catch(() => undefined);
      expect(site.child.exitCode).toBeNull();
      for (const socket of idle) socket.destroy();
      await sleep(500);
      expect(site.child.exitCode).toBeNull();
      for (const page of [...pages, largestFile()]) expect((await send(site.port, page)).status, page).toBe(200);
      expect(site.stderr()).toMatch(/EMFILE/);
      expect(site.stderr()).not.toMatch(/Unhandled/);
    } finally {
      for (const socket of idle) socket.destroy();
      agent.destroy();
      await stopSite(site);
    }
  });

  test("stops cleanly on SIGTERM and SIGINT, a connection still open", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const site = await startSite();
      const agent = new Agent({ keepAlive: true });
      expect((await send(site.port, "/", { agent })).status).toBe(200);
      const started = Date.now();
      site.child.kill(signal);
      expect(await site.exited, signal).toBe(0);
      expect(Date.now() - started, signal).toBeLessThan(3000);
      agent.destroy();
    }
  });

  test("says what is wrong with PORT", async () => {
    await expect(startSite({ env: { PORT: "not-a-port" } })).rejects.toThrow(
      /PORT must be a port number between 1 and 65535, not "not-a-port"/,
    );
    const site = await startSite();
    try {
      await expect(startSite({ port: site.port })).rejects.toThrow(
        new RegExp(`Port ${site.port} is already in use: set PORT to another`),
      );
    } finally {
      await stopSite(site);
    }
  });
});
