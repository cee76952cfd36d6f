/**
 * The test every spec uses: it records console errors, page errors and requests to
 * other origins, and fails the test on any of them.
 */

import { KIND_SEGMENTS, listSummaries, RECORD_KINDS, recordPath } from "@kz-hrc/core";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

export interface PageWatch {
  errors: string[];
  foreign: string[];
  /** Console errors a test expects (the 404 document itself) and so ignores. */
  allow: RegExp[];
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: PageWatch = { errors: [], foreign: [], allow: [] };
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      page.on("console", (message) => {
        if (message.type() === "error") watch.errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => watch.errors.push(`${page.url()}: ${error.message}`));
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith("data:") && new URL(url).origin !== origin) watch.foreign.push(url);
      });
      await use(watch);
      expect(watch.foreign, "requests to other origins").toEqual([]);
      expect(
        watch.errors.filter((e) => !watch.allow.some((a) => a.test(e))),
        "console errors",
      ).toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens a path and waits until the page and its scripts have settled. */
export async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(200);
  await page.waitForLoadState("networkidle");
}

/** Pages that are not records. */
export const STATIC_PATHS = ["/", "/timeline/", "/claims/", "/search/", "/data/", "/data/changelog/", "/about/"];

/** Index page of every record kind. */
export const INDEX_PATHS = RECORD_KINDS.map((kind) => `/${KIND_SEGMENTS[kind]}/`);

/** Every record page, from core. */
export const RECORD_PATHS = listSummaries().map((s) => recordPath(s.kind, s.id));

/** The first record of each kind that has one: one page per record page type. */
export const SAMPLE_RECORD_PATHS = RECORD_KINDS.flatMap((kind) => {
  const first = listSummaries(kind)[0];
  return first ? [recordPath(kind, first.id)] : [];
});
