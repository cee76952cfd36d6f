/**
 * The timeline's list as an HTML string, rendered with dangerouslySetInnerHTML: it is
 * over a thousand elements that the server writes once and the filter script only
 * hides and reorders, so one string is cheaper to render than a React tree of them.
 * Every value is escaped.
 */
import { yearOf } from "@kz-hrc/core";
import { api } from "./data";
import { formatDateRange } from "./format";
import { escapeHtml } from "./html";
import { indexedRecord } from "./indexed";
import type { TimelineEntry } from "./timeline-entries";
import { timelineItemAttributes } from "./timeline-filter";
import { urls } from "./urls";

/** Entries grouped by year, in the order given. */
export function groupByYear<T extends { date: string }>(events: readonly T[]): [number, T[]][] {
  const groups = new Map<number, T[]>();
  for (const event of events) {
    const year = yearOf(event.date);
    groups.set(year, [...(groups.get(year) ?? []), event]);
  }
  return [...groups.entries()];
}

function badgesHtml(event: TimelineEntry): string {
  const ref = { kind: event.kind, id: event.id };
  const badges = [
    ...api
      .listDiscrepanciesAbout(ref)
      .map(
        (d) =>
          `<li><a class="badge badge--discrepancy" href="${escapeHtml(urls.record("discrepancy", d.id))}">Sources disagree: ${escapeHtml(d.field)}</a></li>`,
      ),
    ...api
      .listUnknownsAbout(ref)
      .map(
        (u) =>
          `<li><a class="badge badge--unknown" href="${escapeHtml(urls.record("unknown", u.id))}">Not yet established: ${escapeHtml(u.question)}</a></li>`,
      ),
  ];
  return badges.length ? `<ul class="badges" aria-label="Open questions about this event">${badges.join("")}</ul>` : "";
}

function itemHtml(event: TimelineEntry, year: number): string {
  const facets = indexedRecord(event.id)?.facets;
  const attributes = Object.entries(
    timelineItemAttributes({
      year,
      type: event.type,
      topics: facets?.topicIds ?? [],
      people: facets?.personIds ?? [],
      orgs: facets?.organizationIds ?? [],
      perspectives: facets?.perspectives ?? [],
    }),
  )
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  const meta = `<time datetime="${escapeHtml(event.date)}">${escapeHtml(formatDateRange(event.date, event.endDate))}</time> · ${escapeHtml(event.typeLabel)}${event.session ? ` · ${escapeHtml(event.session)}` : ""}`;
  return `<li${attributes}><a href="${escapeHtml(urls.record(event.kind, event.id))}">${escapeHtml(event.title)}</a><span class="meta">${meta}</span>${badgesHtml(event)}</li>`;
}

/** The inner HTML of the timeline's <ol>: one item per year, its events and votes inside, in the order given. */
export function timelineHtml(events: readonly TimelineEntry[]): string {
  return groupByYear(events)
    .map(
      ([year, list]) =>
        `<li class="year"><h2 id="year-${year}">${year}</h2><ol class="record-list">${list.map((e) => itemHtml(e, year)).join("")}</ol></li>`,
    )
    .join("");
}
