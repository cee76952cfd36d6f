/**
 * Content-Security-Policy of the exported site. Once static-pages.mjs has stripped Next's
 * scripts, a page keeps no inline script (JSON-LD blocks are data and never run) and at
 * most one enhancer loaded from /enhance/, so its policy is `script-src 'none'` or
 * `script-src 'self'`. Should an inline script ever remain, the page's policy lists its
 * SHA-256 rather than allowing 'unsafe-inline'. headers.mjs groups pages by policy.
 */
import { createHash } from "node:crypto";

/** Headers every response gets, whatever its type. */
export const COMMON_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "X-Permitted-Cross-Domain-Policies": "none",
};

/** For files that are not pages (JSON, CSV, feeds): nothing may run or load. */
export const FILE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The contents of every inline <script> of an HTML document, in order. */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    // External scripts come under 'self'; data blocks (JSON-LD) are never executed.
    if (/\bsrc\s*=/i.test(attributes) || /type="application\/ld\+json"/i.test(attributes) || body.length === 0)
      continue;
    scripts.push(body);
  }
  return scripts;
}

/** The CSP source expression of a script body: 'sha256-<base64>'. */
export function scriptHash(body) {
  return `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
}

/** The Content-Security-Policy of one page: scripts from the site and exactly its inline ones, or none at all. */
export function pageCsp(html) {
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))];
  const scripts = hashes.length > 0 || /<script\b[^>]*\bsrc=/i.test(html);
  return [
    "default-src 'self'",
    scripts ? `script-src 'self' ${hashes.join(" ")}`.trim() : "script-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The URL path a static host serves an exported HTML file at ("events/x/index.html" → "/events/x/"). */
export function pagePath(file) {
  const path = `/${file.split("\\").join("/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}
