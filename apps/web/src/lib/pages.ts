/** Every HTML page of the site, for the sitemap (and nothing else decides the list). */
import { RECORD_KINDS } from "@kz-hrc/core";
import { api } from "./data";
import { urls } from "./urls";

/** Pages that are not records: home, timeline, claims and assessments, search, data, about. */
export const STATIC_PAGES = [
  urls.home(),
  urls.timeline(),
  urls.claims(),
  urls.search(),
  urls.data(),
  urls.changelog(),
  urls.about(),
] as const;

/** Every page path with the date it was last changed, when the record tells. */
export function allPages(): { path: string; date?: string }[] {
  return [
    ...STATIC_PAGES.map((path) => ({ path })),
    ...RECORD_KINDS.map((kind) => ({ path: urls.kindIndex(kind) })),
    ...api.listSummaries().map((s) => ({ path: urls.record(s.kind, s.id), date: s.date })),
  ];
}
