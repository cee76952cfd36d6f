/**
 * The online re-verifier against a local HTTP server on 127.0.0.1 whose pages the tests
 * write: nothing here reaches the network.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import type { DataFile } from "../schemas/data-file.js";
import {
  addressesOf,
  exitCodeOf,
  htmlText,
  type OnlineOptions,
  type OnlineReport,
  parseRobots,
  robotsAllow,
  stateOf,
  verifyOnline,
} from "./online.js";

const QUOTE = "Kazakhstan was elected with 183 votes.";

/** A one-page PDF whose only text is `text` (Helvetica, no compression). */
function pdfWith(text: string): Buffer {
  const escaped = text.replace(/[\\()]/g, (ch) => `\\${ch}`);
  const stream = `BT /F1 12 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

/** The pages the server answers, by path. */
const ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "/robots.txt": (_req, res) => res.end("User-agent: *\nDisallow: /private/\n"),
  "/ok.html": (_req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    // Entities, inline tags and a line break inside the quote; a script holding a decoy.
    res.end(
      page(
        "Press release",
        `<script>var q = "abolition is complete";</script><p>Kazakhstan was <em>elected</em>\n with 183&nbsp;votes.</p><p>Abolition is &ldquo;not complete&rdquo;, said a watchdog.</p>`,
      ),
    );
  },
  "/changed.html": (_req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end(page("Release", `<p>Updated on a later day. ${QUOTE}</p>`));
  },
  "/missing.html": (_req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end(page("Release", "<p>Kazakhstan was elected with 184 votes.</p>"));
  },
  "/gone.html": (_req, res) => {
    res.statusCode = 404;
    res.end("Not Found");
  },
  "/soft-404.html": (_req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end(page("Page not found", "<p>Sorry, we could not find that page.</p>"));
  },
  "/moved.html": (_req, res) => {
    res.statusCode = 301;
    res.setHeader("Location", "/ok.html");
    res.end();
  },
  "/members-only.html": (_req, res) => {
    res.statusCode = 302;
    res.setHeader("Location", "/account/login?next=%2Fmembers-only.html");
    res.end();
  },
  "/account/login": (_req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end(page("Sign in", `<form><input name="user"><input type="password" name="pw"></form><p>${QUOTE}</p>`));
  },
  "/loop.html": (_req, res) => {
    res.statusCode = 302;
    res.setHeader("Location", "/loop.html");
    res.end();
  },
  "/slow.html": (_req, res) => {
    // Headers at once, then a body that never finishes.
    res.writeHead(200, { "Content-Type": "text/html" });
    res.write("<p>Kazakhstan was");
  },
  "/huge.html": (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    const chunk = `<p>${"x".repeat(1023)}</p>`;
    let sent = 0;
    const more = () => {
      while (sent < 300 && res.write(chunk)) sent++;
      if (sent < 300) res.once("drain", more);
      else res.end();
    };
    res.on("error", () => undefined);
    more();
  },
  "/huge-declared.txt": (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": String(10 * 1024 * 1024) });
    res.end(QUOTE);
  },
  "/image.png": (_req, res) => {
    res.setHeader("Content-Type", "image/png");
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  },
  "/malformed.html": (_req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end(
      `<html><body><div><p>Kazakhstan was <b>elected <i>with 183</b> votes.</i><table><tr><td>unclosed <p <<>> &bogus; </span></div></div></body>`,
    );
  },
  "/plain.txt": (_req, res) => {
    res.setHeader("Content-Type", "text/plain; charset=windows-1251");
    // "Казахстан" in windows-1251, then the quote.
    res.end(
      Buffer.concat([
        Buffer.from([0xca, 0xe0, 0xe7, 0xe0, 0xf5, 0xf1, 0xf2, 0xe0, 0xed, 0x20]),
        Buffer.from(QUOTE, "latin1"),
      ]),
    );
  },
  "/doc.pdf": (_req, res) => {
    res.setHeader("Content-Type", "application/pdf");
    res.end(pdfWith(QUOTE));
  },
  "/broken.pdf": (_req, res) => {
    res.setHeader("Content-Type", "application/pdf");
    res.end("%PDF-1.4\nthis is not a PDF body\n%%EOF");
  },
  "/private/page.html": (_req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end(page("Private", `<p>${QUOTE}</p>`));
  },
  "/copy.html": (_req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end(page("Copy", `<p>${QUOTE}</p>`));
  },
};

let server: Server;
let base = "";
let closedPortBase = "";
const seen: { path: string; at: number; userAgent: string }[] = [];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    seen.push({ path, at: Date.now(), userAgent: String(req.headers["user-agent"]) });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => inFlight--);
    const route = ROUTES[path];
    if (route) route(req, res);
    else {
      res.statusCode = 404;
      res.end("no such page");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was open and is now closed: connections are refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedPortBase = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface SourceSpec {
  id: string;
  url?: string;
  copy?: "mirror" | "document-sharing";
  canonicalUrl?: string;
  quotes?: string[];
}

/** A valid dataset with one source per spec, each cited by one event for its quotes. */
function dataset(specs: SourceSpec[]) {
  const file: DataFile = {
    organizations: [{ id: "publisher", name: "A Publisher", kind: "media" }],
    topics: [{ id: "t", name: "Topic" }],
    sources: specs.map((s) => ({
      id: s.id,
      title: `Page ${s.id}`,
      publisherId: "publisher",
      ...(s.url ? { url: s.url } : {}),
      ...(s.copy ? { copy: s.copy } : {}),
      ...(s.canonicalUrl ? { canonicalUrl: s.canonicalUrl } : {}),
      language: "en",
      kind: "news",
      perspective: "independent-media",
    })),
    events: specs.map((s) => ({
      id: `event-${s.id}`,
      title: `Event citing ${s.id}`,
      kind: "election",
      date: "2012-11-12",
      participants: [],
      topicIds: [],
      summary: "A test event.",
      citations: (s.quotes ?? [QUOTE]).map((quote) => ({ sourceId: s.id, quote })),
    })),
  } as DataFile;
  return loadDataset({ "data/test.json": file }, "test");
}

const OPTIONS: OnlineOptions = {
  userAgent: "kz-hrc-verify-online/test (+http://127.0.0.1/about/)",
  hostIntervalMs: 0,
  timeoutMs: 1_500,
  maxBytes: 64 * 1024,
};

async function run(specs: SourceSpec[], options: Partial<OnlineOptions> = {}): Promise<OnlineReport> {
  return verifyOnline(dataset(specs), { ...OPTIONS, ...options });
}

const resultOf = (report: OnlineReport, id: string) => {
  const found = report.results.find((r) => r.sourceId === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};

describe("verifyOnline against a local server", () => {
  it("verifies quotes in HTML, plain text in another charset, and PDF; ignores script text", async () => {
    const report = await run([
      { id: "html", url: `${base}/ok.html`, quotes: [QUOTE, "abolition is “not complete”"] },
      { id: "decoy", url: `${base}/ok.html?again`, quotes: ["abolition is complete"] },
      { id: "text", url: `${base}/plain.txt`, quotes: ["Казахстан Kazakhstan was elected"] },
      { id: "pdf", url: `${base}/doc.pdf` },
      { id: "redirected", url: `${base}/moved.html` },
    ]);
    expect(resultOf(report, "html")).toMatchObject({ status: "verified", quotes: { total: 2, found: 2 } });
    expect(resultOf(report, "decoy")).toMatchObject({ status: "quote-missing", quotes: { found: 0 } });
    expect(resultOf(report, "text").status).toBe("verified");
    expect(resultOf(report, "pdf")).toMatchObject({ status: "verified", checkedUrl: `${base}/doc.pdf` });
    expect(resultOf(report, "redirected").attempts[0]?.finalUrl).toBe(`${base}/ok.html`);
    expect(resultOf(report, "redirected").status).toBe("verified");
  });

  it("names the record and field of a missing quote", async () => {
    const report = await run([{ id: "missing", url: `${base}/missing.html` }]);
    const result = resultOf(report, "missing");
    expect(result.status).toBe("quote-missing");
    expect(result.quotes.missing).toEqual([
      { record: { kind: "event", id: "event-missing" }, field: "citations.0", quote: QUOTE },
    ]);
    expect(exitCodeOf(report)).toBe(1);
  });

  it("reports each bad answer as its own status, and the run finishes", async () => {
    const report = await run(
      [
        { id: "gone", url: `${base}/gone.html` },
        { id: "soft-404", url: `${base}/soft-404.html` },
        { id: "login", url: `${base}/members-only.html` },
        { id: "loop", url: `${base}/loop.html` },
        { id: "slow", url: `${base}/slow.html` },
        { id: "huge", url: `${base}/huge.html` },
        { id: "huge-declared", url: `${base}/huge-declared.txt` },
        { id: "image", url: `${base}/image.png` },
        { id: "broken-pdf", url: `${base}/broken.pdf` },
        { id: "unreachable", url: `${closedPortBase}/page.html` },
        { id: "robots", url: `${base}/private/page.html` },
        { id: "no-address" },
      ],
      { timeoutMs: 800 },
    );
    const outcome = (id: string) => {
      const r = resultOf(report, id);
      return [r.status, r.problem, r.httpStatus];
    };
    expect(outcome("gone")).toEqual(["gone", "http-error", 404]);
    expect(outcome("soft-404")).toEqual(["gone", "error-page", undefined]);
    expect(outcome("login")).toEqual(["not-checkable", "login-page", undefined]);
    expect(outcome("loop")).toEqual(["not-checkable", "too-many-redirects", undefined]);
    expect(outcome("slow")).toEqual(["not-checkable", "timeout", undefined]);
    expect(outcome("huge")).toEqual(["not-checkable", "too-large", undefined]);
    expect(outcome("huge-declared")).toEqual(["not-checkable", "too-large", undefined]);
    expect(outcome("image")).toEqual(["not-checkable", "non-text", undefined]);
    expect(outcome("broken-pdf")).toEqual(["not-checkable", "malformed", undefined]);
    expect(outcome("unreachable")).toEqual(["not-checkable", "unreachable", undefined]);
    expect(outcome("robots")).toEqual(["not-checkable", "robots-disallowed", undefined]);
    expect(outcome("no-address")).toEqual(["not-checkable", "no-address", undefined]);
    expect(report.results.map((r) => r.sourceId)).toHaveLength(12);
    expect(seen.some((s) => s.path === "/private/page.html")).toBe(false);
    expect(exitCodeOf(report)).toBe(3);
  });

  it("reads malformed HTML without failing", async () => {
    const report = await run([{ id: "malformed", url: `${base}/malformed.html` }]);
    expect(resultOf(report, "malformed").status).toBe("verified");
  });

  it("tries the original's address first, then the copy read", async () => {
    const report = await run([
      { id: "copy", url: `${base}/copy.html`, copy: "mirror", canonicalUrl: `${base}/gone.html` },
    ]);
    const result = resultOf(report, "copy");
    expect(result.status).toBe("verified");
    expect(result.checkedUrl).toBe(`${base}/copy.html`);
    expect(result.attempts.map((a) => [a.role, a.outcome, a.httpStatus])).toEqual([
      ["original", "http-error", 404],
      ["copy-read", "text", 200],
    ]);
  });

  it("says a page changed when its text differs from the previous run's, quotes still present", async () => {
    const first = await run([{ id: "page", url: `${base}/changed.html` }]);
    expect(resultOf(first, "page").status).toBe("verified");
    const state = stateOf(first);
    expect(Object.keys(state.sources)).toEqual(["page"]);
    const same = await run([{ id: "page", url: `${base}/changed.html` }], { previous: state });
    expect(resultOf(same, "page").status).toBe("verified");
    const altered = { sources: { page: { url: `${base}/changed.html`, sha256: "0".repeat(64) } } };
    const changed = await run([{ id: "page", url: `${base}/changed.html` }], { previous: altered });
    expect(resultOf(changed, "page")).toMatchObject({ status: "changed", previousSha256: "0".repeat(64) });
    expect(exitCodeOf(changed)).toBe(0);
  });

  it("is polite: names itself, keeps at most two requests in flight, spaces requests to one host", async () => {
    seen.length = 0;
    maxInFlight = 0;
    const specs = ["a", "b", "c", "d"].map((id) => ({ id, url: `${base}/copy.html?${id}` }));
    // The times requests leave the client (arrival times would add connection set-up).
    const sent: number[] = [];
    const timed: typeof fetch = (input, init) => {
      sent.push(Date.now());
      return fetch(input, init);
    };
    await run(specs, { hostIntervalMs: 120, concurrency: 8, fetch: timed });
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(seen.every((s) => s.userAgent.startsWith("kz-hrc-verify-online/"))).toBe(true);
    expect(sent).toHaveLength(5);
    const times = sent.sort((x, y) => x - y);
    for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(115);
  });

  it("exits 4 when no source could be checked at all", async () => {
    const report = await run([{ id: "unreachable", url: `${closedPortBase}/a.html` }]);
    expect(exitCodeOf(report)).toBe(4);
  });
});

describe("addresses and robots.txt", () => {
  it("orders a source's addresses: original, copy read, snapshot", () => {
    expect(
      addressesOf({
        url: "https://copy.example/a",
        copy: "mirror",
        canonicalUrl: "https://orig.example/a",
        snapshotUrl: "https://web.archive.org/web/2020/https://orig.example/a",
      }).map((a) => a.role),
    ).toEqual(["original", "copy-read", "snapshot"]);
    expect(addressesOf({ url: "https://orig.example/a" })).toEqual([
      { url: "https://orig.example/a", role: "original" },
    ]);
    expect(addressesOf({ url: "https://copy.example/a", copy: "mirror" })).toEqual([
      { url: "https://copy.example/a", role: "copy-read" },
    ]);
  });

  it("follows RFC 9309: own group first, longest match wins, Allow on a tie, * and $", () => {
    const text =
      "User-agent: *\nDisallow: /\n\nUser-agent: kz-hrc-verify-online\nDisallow: /private/\nAllow: /private/open$\nDisallow: /*.pdf$\n";
    const own = parseRobots(text, "kz-hrc-verify-online");
    expect(robotsAllow(own, "/news/1")).toBe(true);
    expect(robotsAllow(own, "/private/x")).toBe(false);
    expect(robotsAllow(own, "/private/open")).toBe(true);
    expect(robotsAllow(own, "/private/open/more")).toBe(false);
    expect(robotsAllow(own, "/files/a.pdf")).toBe(false);
    expect(robotsAllow(parseRobots(text, "otherbot"), "/news/1")).toBe(false);
    expect(robotsAllow(parseRobots("", "x"), "/any")).toBe(true);
  });

  it("extracts the text of HTML without scripts, styles or tags", async () => {
    const { text, title, hasPasswordField } = await htmlText(
      "<html><head><title>T &amp; U</title><style>p{}</style></head><body><p>One&nbsp;two</p><script>x</script><div>three</div></body></html>",
    );
    expect(text).toBe("One two\nthree");
    expect(title).toBe("T & U");
    expect(hasPasswordField).toBe(false);
  });
});
