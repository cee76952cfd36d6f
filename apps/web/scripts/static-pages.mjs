/**
 * Every page of the site is complete HTML with plain links and GET forms, so none needs
 * React's runtime or the RSC payload that Next's export puts on each page (about 130 KB
 * gzip): removing them leaves nothing to hydrate. Interactive parts are small
 * framework-free enhancers (src/enhance/*.ts) whose <script> carries data-enhancer and is
 * kept, as are JSON-LD data blocks.
 */

/** The same attribute as ENHANCER_ATTRIBUTE in src/lib/enhancers.ts (a test checks it). */
export const ENHANCER_MARKER = "data-enhancer";

const kept = (attributes) =>
  /type="application\/ld\+json"/i.test(attributes) || new RegExp(`\\b${ENHANCER_MARKER}(=|\\s|$)`).test(attributes);

/** Removes every script and script preload but enhancers and JSON-LD data blocks. */
export function stripScripts(html) {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (tag, attributes) => (kept(attributes) ? tag : ""))
    .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/gi, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi, "");
}
