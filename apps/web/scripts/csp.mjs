/**
 * Security headers for the exported site. Next's static export inlines small scripts
 * (the RSC payload, the bootstrap), so each page's Content-Security-Policy lists the
 * SHA-256 of its own inline scripts instead of allowing 'unsafe-inline'.
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
    if (/\bsrc\s*=/i.test(attributes) || /type="application\/ld\+json"/i.test(attributes) || body.length === 0) continue;
    scripts.push(body);
  }
  return scripts;
}

/** The CSP source expression of a script body: 'sha256-<base64>'. */
export function scriptHash(body) {
  return `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
}

/** The Content-Security-Policy of one page: exactly its inline scripts, or none at all. */
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

/** serve.json: clean trailing-slash URLs, common headers, then each page's own CSP. */
export function serveConfig(pages) {
  return {
    public: "out",
    cleanUrls: true,
    trailingSlash: true,
    directoryListing: false,
    headers: [
      { source: "**", headers: Object.entries({ ...COMMON_HEADERS, "Content-Security-Policy": FILE_CSP }).map(([key, value]) => ({ key, value })) },
      { source: "_next/static/**", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      ...pages.map(({ file, csp }) => ({ source: file, headers: [{ key: "Content-Security-Policy", value: csp }] })),
    ],
  };
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages): common headers for every path and a
 * CSP per page path. Those hosts join the values of several matching rules, so the CSP
 * is only ever given once per path.
 */
export function headersFile(pages) {
  const lines = ["/*", ...Object.entries({ ...COMMON_HEADERS, "Strict-Transport-Security": "max-age=31536000" }).map(([k, v]) => `  ${k}: ${v}`)];
  lines.push("/_next/static/*", "  Cache-Control: public, max-age=31536000, immutable");
  for (const { file, csp } of pages) {
    if (file === "404.html") continue;
    lines.push(pagePath(file), `  Content-Security-Policy: ${csp}`);
  }
  return `${lines.join("\n")}\n`;
}
