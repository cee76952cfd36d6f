/**
 * Re-verifies the record against the pages themselves: fetches each source (its own
 * address, else the copy read, else an archived snapshot the record names), extracts
 * the text (HTML or PDF), and checks every quote citing it, as the offline verifier
 * does against archived texts. Polite by design: a user agent naming the project, at
 * most two requests at a time, a pause between requests to the same host, robots.txt
 * obeyed, timeouts and a maximum response size. Every failure is a status of its
 * source; the run always finishes. Node only (it uses node:crypto).
 */
import { createHash } from "node:crypto";
import { collectCitations, type PlacedCitation } from "../data/citations.js";
import type { Dataset } from "../schemas/dataset.js";
import type { RecordRef } from "../schemas/primitives.js";
import type { Source } from "../schemas/source.js";
import { normalizeForMatch, quoteOccursIn } from "../text/normalize.js";

/** A source's outcome, from best to worst. */
export const ONLINE_STATUSES = ["verified", "changed", "quote-missing", "gone", "not-checkable"] as const;
export type OnlineStatus = (typeof ONLINE_STATUSES)[number];

/** Why an address gave no text to check. */
export type FetchProblem =
  | "no-address"
  | "unreachable"
  | "timeout"
  | "http-error"
  | "login-page"
  | "error-page"
  | "non-text"
  | "too-large"
  | "malformed"
  | "empty-text"
  | "too-many-redirects"
  | "robots-disallowed"
  | "unsupported-scheme";

/** Each status in words, for reports. */
export const ONLINE_STATUS_LABELS: Readonly<Record<OnlineStatus, string>> = {
  verified: "verified: every quote found on the page",
  changed: "changed: the page's text differs from the last run, every quote still found",
  "quote-missing": "quote missing: the page was read but a quote was not found on it",
  gone: "gone: the page is no longer there",
  "not-checkable": "not checkable: no text could be read",
};

/** Each problem in words. */
export const FETCH_PROBLEM_LABELS: Readonly<Record<FetchProblem, string>> = {
  "no-address": "the source has no address",
  unreachable: "the host could not be reached",
  timeout: "no complete answer within the time limit",
  "http-error": "the server answered with an HTTP error",
  "login-page": "the address leads to a login page",
  "error-page": "the server answered with an error page",
  "non-text": "the content is neither a web page, plain text nor a PDF",
  "too-large": "the response is larger than the maximum size",
  malformed: "the document could not be read (malformed)",
  "empty-text": "the page has no text",
  "too-many-redirects": "too many redirects",
  "robots-disallowed": "the site's robots.txt does not allow this address to be fetched",
  "unsupported-scheme": "the address is not http(s)",
};

/** Which of a source's addresses an attempt fetched. */
export type AddressRole = "original" | "copy-read" | "snapshot";

/** One fetch of one address. */
export interface FetchAttempt {
  url: string;
  role: AddressRole;
  /** Where redirects ended. */
  finalUrl?: string;
  httpStatus?: number;
  contentType?: string;
  bytes?: number;
  /** Text read, or why not. */
  outcome: "text" | FetchProblem;
  detail?: string;
  /** Quotes found in the text of this address, of those citing the source. */
  found?: number;
}

/** A quote not found on the page, with the record and field that carry it. */
export interface MissingQuote {
  record: RecordRef;
  field: string;
  quote: string;
}

/** The outcome for one source. */
export interface OnlineSourceResult {
  sourceId: string;
  status: OnlineStatus;
  /** Why a source is gone or not checkable. */
  problem?: FetchProblem;
  /** The HTTP status that made it gone (or not checkable). */
  httpStatus?: number;
  /** The address whose text was checked. */
  checkedUrl?: string;
  /** SHA-256 of the checked text, normalized as quotes are matched. */
  textSha256?: string;
  /** The digest recorded by the previous run, when there was one for the same address. */
  previousSha256?: string;
  quotes: { total: number; found: number; missing: MissingQuote[] };
  attempts: FetchAttempt[];
}

/** A whole run. */
export interface OnlineReport {
  startedAt: string;
  finishedAt: string;
  userAgent: string;
  results: OnlineSourceResult[];
  counts: Record<OnlineStatus, number>;
}

/** What a previous run recorded per source, to tell a changed page. */
export interface OnlineState {
  checkedOn?: string;
  sources: Record<string, { url: string; sha256: string }>;
}

export interface OnlineOptions {
  /** The HTTP client; the platform's fetch by default. */
  fetch?: typeof fetch;
  /** Names the project and where to learn about it. */
  userAgent: string;
  /** Requests in flight at once: 1 or 2 (more is capped at 2). */
  concurrency?: number;
  /** Pause between two requests to the same host, in milliseconds (default 5,000). */
  hostIntervalMs?: number;
  /** Time allowed for one response, headers and body, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /** Largest response read, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Redirects followed for one address (default 5). */
  maxRedirects?: number;
  /** Obey robots.txt (default true). */
  robots?: boolean;
  /** Check only these sources. */
  only?: readonly string[];
  /** The previous run's digests. */
  previous?: OnlineState;
  /** Called as each source finishes (progress). */
  onResult?: (result: OnlineSourceResult) => void;
}

const DEFAULTS = {
  concurrency: 2,
  hostIntervalMs: 5_000,
  timeoutMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
};

/** Redirect targets that are sign-in pages, not the document. */
const LOGIN_PATH =
  /(^|[/_.-])(log-?in|sign-?in|signon|sso|auth(?:enticate|orize)?|session\/new|account\/(?:login|signin)|cas\/login|users?\/login)([/_.?-]|$)/i;
/** Titles of error pages served with status 200. */
const ERROR_TITLE = /\b(404|410|not found|page not found|page unavailable|no longer available|error)\b/i;

/** The addresses of a source, in the order they are tried. */
export function addressesOf(
  source: Pick<Source, "url" | "copy" | "canonicalUrl" | "snapshotUrl">,
): { url: string; role: AddressRole }[] {
  const list: { url: string; role: AddressRole }[] = [];
  const add = (url: string | undefined, role: AddressRole) => {
    if (url && !list.some((a) => a.url === url)) list.push({ url, role });
  };
  add(source.copy ? source.canonicalUrl : source.url, "original");
  if (source.copy) add(source.url, "copy-read");
  add(source.snapshotUrl, "snapshot");
  return list;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Spaces requests to each host: every request waits its host's turn. */
class HostPacer {
  private readonly next = new Map<string, number>();
  constructor(private readonly intervalMs: number) {}
  async turn(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    if (at > now) await sleep(at - now);
  }
}

/** The rules of one robots.txt that apply to a user agent. */
export interface RobotsRules {
  allow: string[];
  disallow: string[];
  /** Everything disallowed (robots.txt unavailable because of a server error). */
  all?: boolean;
  /** Why robots.txt could not be read at all, when the host did not answer. */
  unavailable?: { problem: FetchProblem; detail?: string };
}

/**
 * Parses robots.txt (RFC 9309) for a user-agent token: the groups naming the token, or
 * else the `*` groups; path patterns with `*` and `$`.
 */
export function parseRobots(text: string, token: string): RobotsRules {
  const groups: { agents: string[]; allow: string[]; disallow: string[] }[] = [];
  let current: (typeof groups)[number] | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = (m[1] ?? "").toLowerCase();
    const value = (m[2] ?? "").trim();
    if (key === "user-agent") {
      if (!current || !lastWasAgent) {
        current = { agents: [], allow: [], disallow: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else {
      lastWasAgent = false;
      if (!current) continue;
      if (key === "allow" && value) current.allow.push(value);
      if (key === "disallow" && value) current.disallow.push(value);
    }
  }
  const own = groups.filter((g) => g.agents.some((a) => a !== "*" && token.toLowerCase().startsWith(a)));
  const chosen = own.length > 0 ? own : groups.filter((g) => g.agents.includes("*"));
  return { allow: chosen.flatMap((g) => g.allow), disallow: chosen.flatMap((g) => g.disallow) };
}

function patternLength(pattern: string, path: string): number {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = new RegExp(
    `^${body
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}${anchored ? "$" : ""}`,
  );
  return regex.test(path) ? body.length : -1;
}

/** Whether robots rules allow a path (with its query): the longest match wins, Allow on a tie. */
export function robotsAllow(rules: RobotsRules, pathAndQuery: string): boolean {
  if (rules.all) return false;
  const allow = Math.max(-1, ...rules.allow.map((p) => patternLength(p, pathAndQuery)));
  const disallow = Math.max(-1, ...rules.disallow.map((p) => patternLength(p, pathAndQuery)));
  return disallow < 0 || allow >= disallow;
}

/** The text of an HTML page, with block elements on their own lines; and what it says about itself. */
export async function htmlText(html: string): Promise<{ text: string; title: string; hasPasswordField: boolean }> {
  // Loaded on first use, so that the data helpers sharing this entry start without it.
  const { Parser } = await import("htmlparser2");
  const SKIP = new Set(["script", "style", "noscript", "template", "svg"]);
  const BLOCK = new Set([
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "figure",
    "figcaption",
    "hr",
    "form",
    "title",
  ]);
  const chunks: string[] = [];
  let skipping = 0;
  let inTitle = false;
  let title = "";
  let hasPasswordField = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "input" && (attributes.type ?? "").toLowerCase() === "password") hasPasswordField = true;
        if (name === "title") inTitle = true;
        if (SKIP.has(name)) skipping++;
        if (BLOCK.has(name)) chunks.push("\n");
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipping === 0) chunks.push(text);
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (BLOCK.has(name)) chunks.push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return {
    text: chunks
      .join("")
      .replace(/[ \t\f\v\u00a0]+/g, " ")
      .replace(/\s*\n\s*/g, "\n")
      .trim(),
    title: title.trim(),
    hasPasswordField,
  };
}

/** The text of a PDF, pages joined; throws on a malformed file. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy, extractText } = await import("unpdf");
  const document = await getDocumentProxy(bytes, { verbosity: 0 });
  try {
    const { text } = await extractText(document, { mergePages: true });
    return text;
  } finally {
    await document.destroy();
  }
}

type Fetched =
  | { ok: true; finalUrl: string; status: number; contentType: string; bytes: Uint8Array; redirectedToLogin: boolean }
  | {
      ok: false;
      problem: FetchProblem;
      detail?: string;
      finalUrl?: string;
      status?: number;
      contentType?: string;
      bytes?: number;
    };

/** Reads a body up to a byte limit; undefined when it is larger. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function decode(bytes: Uint8Array, contentType: string): string {
  const sniff = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const label =
    /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(sniff)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** What a body is, from its declared type and its first bytes. */
function kindOfBody(contentType: string, bytes: Uint8Array): "html" | "text" | "pdf" | "other" {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (type === "application/pdf" || head.startsWith("%PDF-")) return "pdf";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "text";
  if (type === "" || type === "application/octet-stream") {
    if (bytes.subarray(0, 1024).includes(0)) return "other";
    return /^\s*<(!doctype|html|head|body|\?xml)/i.test(head) ? "html" : "text";
  }
  return "other";
}

/** A run's fetching: one pacer, one robots cache, the options. */
class Fetcher {
  private readonly pacer: HostPacer;
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private readonly fetchImpl: typeof fetch;
  private readonly token: string;
  constructor(private readonly options: OnlineOptions & typeof DEFAULTS) {
    this.pacer = new HostPacer(options.hostIntervalMs);
    this.fetchImpl = options.fetch ?? fetch;
    this.token = options.userAgent.split("/")[0] ?? options.userAgent;
  }

  /** One request, paced, with a timeout over headers and body and a size limit. */
  private async request(
    url: URL,
  ): Promise<
    { response: Response; bytes?: Uint8Array; tooLarge: boolean } | { problem: FetchProblem; detail: string }
  > {
    await this.pacer.turn(url.host);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      const response = await this.fetchImpl(url, {
        redirect: "manual",
        signal: controller.signal,
        headers: {
          "User-Agent": this.options.userAgent,
          Accept: "text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.1",
        },
      });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => undefined);
        return { response, tooLarge: false };
      }
      const declared = Number(response.headers.get("content-length") ?? "");
      if (Number.isFinite(declared) && declared > this.options.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return { response, tooLarge: true };
      }
      const bytes = await readLimited(response, this.options.maxBytes);
      return bytes ? { response, bytes, tooLarge: false } : { response, tooLarge: true };
    } catch (error) {
      if (controller.signal.aborted)
        return { problem: "timeout", detail: `no complete response within ${this.options.timeoutMs} ms` };
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
      return {
        problem: "unreachable",
        detail: [error instanceof Error ? error.message : String(error), cause].filter(Boolean).join(": "),
      };
    } finally {
      clearTimeout(timer);
    }
  }

  private rulesFor(origin: URL): Promise<RobotsRules> {
    const key = origin.origin;
    let rules = this.robots.get(key);
    if (!rules) {
      rules = this.fetchRobots(new URL("/robots.txt", origin));
      this.robots.set(key, rules);
    }
    return rules;
  }

  private async fetchRobots(url: URL): Promise<RobotsRules> {
    let at = url;
    for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
      const answer = await this.request(at);
      if ("problem" in answer)
        return {
          allow: [],
          disallow: [],
          all: true,
          unavailable: { problem: answer.problem, detail: `robots.txt: ${answer.detail}` },
        };
      const { response } = answer;
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        at = new URL(location, at);
        continue;
      }
      // RFC 9309: an unavailable robots.txt (4xx) allows everything; a server error, nothing.
      if (response.status >= 500) return { allow: [], disallow: [], all: true };
      if (response.status >= 400 || !answer.bytes || answer.tooLarge) return { allow: [], disallow: [] };
      return parseRobots(new TextDecoder("utf-8").decode(answer.bytes.subarray(0, 500 * 1024)), this.token);
    }
    return { allow: [], disallow: [] };
  }

  /** Fetches an address, following redirects by hand (each hop paced and checked against robots.txt). */
  async get(address: string): Promise<Fetched> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return { ok: false, problem: "unsupported-scheme", detail: "not a valid address" };
    }
    let redirectedToLogin = false;
    for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:")
        return { ok: false, problem: "unsupported-scheme", finalUrl: url.href };
      if (this.options.robots !== false) {
        const rules = await this.rulesFor(url);
        // A host that does not answer for robots.txt will not answer for the page either.
        if (rules.unavailable)
          return {
            ok: false,
            problem: rules.unavailable.problem,
            finalUrl: url.href,
            ...(rules.unavailable.detail ? { detail: rules.unavailable.detail } : {}),
          };
        if (!robotsAllow(rules, `${url.pathname}${url.search}`))
          return { ok: false, problem: "robots-disallowed", finalUrl: url.href };
      }
      const answer = await this.request(url);
      if ("problem" in answer) return { ok: false, problem: answer.problem, detail: answer.detail, finalUrl: url.href };
      const { response } = answer;
      const contentType = response.headers.get("content-type") ?? "";
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400) {
        if (!location)
          return {
            ok: false,
            problem: "http-error",
            status: response.status,
            finalUrl: url.href,
            detail: "redirect without a Location",
          };
        const next = new URL(location, url);
        if (LOGIN_PATH.test(next.pathname) && !LOGIN_PATH.test(url.pathname)) redirectedToLogin = true;
        url = next;
        continue;
      }
      if (answer.tooLarge)
        return {
          ok: false,
          problem: "too-large",
          status: response.status,
          contentType,
          finalUrl: url.href,
          detail: `over ${this.options.maxBytes} bytes`,
        };
      if (response.status >= 400)
        return {
          ok: false,
          problem: "http-error",
          status: response.status,
          contentType,
          finalUrl: url.href,
          bytes: answer.bytes?.byteLength,
        };
      return {
        ok: true,
        finalUrl: url.href,
        status: response.status,
        contentType,
        bytes: answer.bytes ?? new Uint8Array(),
        redirectedToLogin,
      };
    }
    return {
      ok: false,
      problem: "too-many-redirects",
      finalUrl: url.href,
      detail: `more than ${this.options.maxRedirects}`,
    };
  }
}

/** The text of a fetched body, or why it has none. */
async function textOf(
  fetched: Extract<Fetched, { ok: true }>,
): Promise<{ text: string; title?: string } | { problem: FetchProblem; detail?: string }> {
  const kind = kindOfBody(fetched.contentType, fetched.bytes);
  if (kind === "other") return { problem: "non-text", detail: fetched.contentType || "no content type" };
  if (kind === "pdf") {
    try {
      return { text: await pdfText(fetched.bytes) };
    } catch (error) {
      return { problem: "malformed", detail: `PDF: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const body = decode(fetched.bytes, fetched.contentType);
  if (kind === "text") return { text: body };
  try {
    const page = await htmlText(body);
    if (fetched.redirectedToLogin || page.hasPasswordField)
      return { problem: "login-page", detail: page.title || undefined };
    return { text: page.text, title: page.title };
  } catch (error) {
    return { problem: "malformed", detail: `HTML: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Checks one source against each of its addresses in turn until one holds every quote. */
async function checkSource(
  fetcher: Fetcher,
  source: Source,
  citations: readonly PlacedCitation[],
  previous?: OnlineState,
): Promise<OnlineSourceResult> {
  const quotes = citations.map((c) => ({ record: c.record, field: c.field, quote: c.citation.quote }));
  const attempts: FetchAttempt[] = [];
  const result = (
    fields: Omit<OnlineSourceResult, "sourceId" | "attempts" | "quotes"> & { missing?: MissingQuote[] },
  ): OnlineSourceResult => {
    const { missing = [], ...rest } = fields;
    return {
      sourceId: source.id,
      ...rest,
      quotes: { total: quotes.length, found: quotes.length - missing.length, missing },
      attempts,
    };
  };
  const addresses = addressesOf(source);
  if (addresses.length === 0) return result({ status: "not-checkable", problem: "no-address", missing: quotes });

  let best: { url: string; text: string; missing: MissingQuote[]; title?: string } | undefined;
  for (const address of addresses) {
    const fetched = await fetcher.get(address.url);
    if (!fetched.ok) {
      attempts.push({
        url: address.url,
        role: address.role,
        outcome: fetched.problem,
        ...(fetched.finalUrl && fetched.finalUrl !== address.url ? { finalUrl: fetched.finalUrl } : {}),
        ...(fetched.status ? { httpStatus: fetched.status } : {}),
        ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
        ...(fetched.detail ? { detail: fetched.detail } : {}),
      });
      continue;
    }
    const read = await textOf(fetched);
    const attempt: FetchAttempt = {
      url: address.url,
      role: address.role,
      ...(fetched.finalUrl !== address.url ? { finalUrl: fetched.finalUrl } : {}),
      httpStatus: fetched.status,
      contentType: fetched.contentType,
      bytes: fetched.bytes.byteLength,
      outcome: "problem" in read ? read.problem : "text",
      ...("problem" in read && read.detail ? { detail: read.detail } : {}),
    };
    attempts.push(attempt);
    if ("problem" in read) continue;
    if (normalizeForMatch(read.text) === "") {
      attempt.outcome = "empty-text";
      continue;
    }
    const missing = quotes.filter((q) => !quoteOccursIn(q.quote, read.text));
    attempt.found = quotes.length - missing.length;
    if (!best || missing.length < best.missing.length)
      best = { url: address.url, text: read.text, missing, ...(read.title ? { title: read.title } : {}) };
    if (missing.length === 0) break;
  }

  if (best) {
    const digest = sha256(normalizeForMatch(best.text));
    const before = previous?.sources[source.id];
    const previousSha256 = before && before.url === best.url ? before.sha256 : undefined;
    const common = { checkedUrl: best.url, textSha256: digest, ...(previousSha256 ? { previousSha256 } : {}) };
    if (best.missing.length === 0)
      return result({ status: previousSha256 && previousSha256 !== digest ? "changed" : "verified", ...common });
    // A 200 page titled as an error, where the quotes are not: the page is gone.
    if (best.title && ERROR_TITLE.test(best.title) && best.missing.length === quotes.length) {
      return result({ status: "gone", problem: "error-page", ...common, missing: best.missing });
    }
    return result({ status: "quote-missing", ...common, missing: best.missing });
  }
  // Gone: the copy the quotes were read from answers 404 or 410 (or every address does).
  const isGone = (a: FetchAttempt) => a.outcome === "http-error" && (a.httpStatus === 404 || a.httpStatus === 410);
  const readRole: AddressRole = source.copy ? "copy-read" : "original";
  const goneAttempt =
    attempts.find((a) => a.role === readRole && isGone(a)) ?? (attempts.every(isGone) ? attempts[0] : undefined);
  if (goneAttempt) {
    return result({
      status: "gone",
      problem: "http-error",
      httpStatus: goneAttempt.httpStatus as number,
      missing: quotes,
    });
  }
  const first = attempts[0];
  const problem = first && first.outcome !== "text" ? first.outcome : "empty-text";
  return result({
    status: "not-checkable",
    problem,
    ...(first?.httpStatus && problem === "http-error" ? { httpStatus: first.httpStatus } : {}),
    missing: quotes,
  });
}

/** Runs tasks with at most `limit` at a time, keeping their order in the results. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Re-verifies every source (or those named) against its pages; never throws for a page. */
export async function verifyOnline(data: Omit<Dataset, "version">, options: OnlineOptions): Promise<OnlineReport> {
  const settings = {
    ...DEFAULTS,
    ...options,
    concurrency: Math.max(1, Math.min(2, options.concurrency ?? DEFAULTS.concurrency)),
  };
  const fetcher = new Fetcher(settings);
  const byS = new Map<string, PlacedCitation[]>();
  for (const placed of collectCitations(data)) {
    const list = byS.get(placed.citation.sourceId) ?? [];
    list.push(placed);
    byS.set(placed.citation.sourceId, list);
  }
  const only = options.only ? new Set(options.only) : undefined;
  const sources = [...data.sources]
    .filter((s) => !only || only.has(s.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const startedAt = new Date().toISOString();
  const results = await pool(sources, settings.concurrency, async (source) => {
    let outcome: OnlineSourceResult;
    try {
      outcome = await checkSource(fetcher, source, byS.get(source.id) ?? [], options.previous);
    } catch (error) {
      // A bug or an unforeseen input must not end the run: this source is reported as not checkable.
      outcome = {
        sourceId: source.id,
        status: "not-checkable",
        problem: "malformed",
        quotes: { total: (byS.get(source.id) ?? []).length, found: 0, missing: [] },
        attempts: [
          {
            url: source.url ?? "",
            role: "copy-read",
            outcome: "malformed",
            detail: error instanceof Error ? error.message : String(error),
          },
        ],
      };
    }
    options.onResult?.(outcome);
    return outcome;
  });
  const counts = Object.fromEntries(
    ONLINE_STATUSES.map((s) => [s, results.filter((r) => r.status === s).length]),
  ) as Record<OnlineStatus, number>;
  return { startedAt, finishedAt: new Date().toISOString(), userAgent: settings.userAgent, results, counts };
}

/** The digests to keep for the next run: one per source whose text was read. */
export function stateOf(report: OnlineReport, previous?: OnlineState): OnlineState {
  const sources: OnlineState["sources"] = { ...(previous?.sources ?? {}) };
  for (const r of report.results)
    if (r.checkedUrl && r.textSha256) sources[r.sourceId] = { url: r.checkedUrl, sha256: r.textSha256 };
  return {
    checkedOn: report.finishedAt.slice(0, 10),
    sources: Object.fromEntries(Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/**
 * The exit code a scheduled job can act on: 1 when a quote is missing from a page that
 * was read; else 3 when a source is gone; else 4 when no source could be checked at all
 * (no network, say); else 0 (some sources may be not checkable; the report lists them).
 */
export function exitCodeOf(report: OnlineReport): number {
  if (report.counts["quote-missing"] > 0) return 1;
  if (report.counts.gone > 0) return 3;
  if (report.results.length > 0 && report.counts["not-checkable"] === report.results.length) return 4;
  return 0;
}
