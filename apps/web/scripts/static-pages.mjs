/**
 * Pages with no client widget need none of React's runtime: they are complete HTML with
 * plain links and GET forms. Shipping them without scripts saves about 130 KB (gzip) a
 * page and leaves nothing to hydrate. A client widget marks its root element with
 * data-client-widget; pages that carry one keep every script.
 */

export const WIDGET_MARKER = "data-client-widget";

/** True when a page renders a client widget and so needs its scripts. */
export function needsScripts(html) {
  return html.includes(`${WIDGET_MARKER}=`);
}

/** Removes every executable script and script preload; JSON-LD data blocks stay. */
export function stripScripts(html) {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (tag, attributes) => (/type="application\/ld\+json"/i.test(attributes) ? tag : ""))
    .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/gi, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi, "");
}
