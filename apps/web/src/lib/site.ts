/** Site-wide constants and absolute URLs. SITE_URL is read at build time. */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

export const SITE_NAME = "kz-hrc";

export const SITE_TITLE = "Kazakhstan at the UN Human Rights Council";

export const SITE_DESCRIPTION =
  "An open, sourced record of Kazakhstan's engagement with the UN Human Rights Council since 2006: elections and membership terms, Universal Periodic Reviews, statements, reforms and independent assessments, every fact anchored to a verbatim quote.";

/** The absolute URL of a site path. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
