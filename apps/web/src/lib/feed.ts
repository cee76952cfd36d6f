/** The Atom feed of events, newest first. */
import { startOf } from "@kz-hrc/core";
import { api } from "./data";
import { formatDateRange } from "./format";
import { absoluteUrl, SITE_NAME, SITE_TITLE } from "./site";
import { urls } from "./urls";

/** Escapes text for XML content and attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const timestamp = (date: string) => `${startOf(date)}T00:00:00Z`;

/** Atom 1.0 XML of the latest events (at most `limit`). */
export function atomFeed(limit = 50): string {
  const events = api.listTimeline({ order: "newest" }).slice(0, limit);
  const updated = events[0] ? timestamp(events[0].date) : "2006-01-01T00:00:00Z";
  const entries = events.map((event) => {
    const url = absoluteUrl(urls.record("event", event.id));
    return [
      "  <entry>",
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(event.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${timestamp(event.date)}</updated>`,
      `    <summary>${escapeXml(`${formatDateRange(event.date, event.endDate)}: ${event.summary}`)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(absoluteUrl(urls.feed()))}</id>`,
    `  <title>${escapeXml(`${SITE_NAME}: ${SITE_TITLE} — events`)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(urls.feed()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(urls.timeline()))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>kz-hrc contributors</name></author>`,
    // The dataset version the feed was built from, as every download carries it.
    `  <generator uri="${escapeXml(absoluteUrl("/"))}" version="${escapeXml(api.dataset.version)}">kz-hrc</generator>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
