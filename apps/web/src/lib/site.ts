/**
 * Site-wide constants and absolute URLs. The site's address comes from the SITE_URL
 * environment variable at build time, else the production address (core's
 * DEFAULT_SITE_URL): every absolute URL that ships (sitemap, feed, Open Graph, JSON-LD,
 * CSV rows, CITATION.cff, citations) is built from it, never from the local server.
 */
import { DEFAULT_SITE_URL } from "@kz-hrc/core";

/** The site's address, without a trailing slash. */
export const SITE_URL = (process.env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, "");

export const SITE_NAME = "kz-hrc";

export const SITE_TITLE = "Kazakhstan at the UN Human Rights Council";

export const SITE_DESCRIPTION =
  "An open, sourced record of Kazakhstan's engagement with the UN Human Rights Council since 2006: elections and membership terms, Universal Periodic Reviews, statements, reforms and independent assessments, every fact anchored to a verbatim quote.";

/**
 * The day the pages were built, YYYY-MM-DD: the date accessed that the citations on them
 * give. SOURCE_DATE_EPOCH (seconds) fixes it for reproducible builds.
 */
export const BUILD_DATE = (
  process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date()
)
  .toISOString()
  .slice(0, 10);

/** The absolute URL of a site path. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
