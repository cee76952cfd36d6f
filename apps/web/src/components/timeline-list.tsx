import type { Event } from "@kz-hrc/core";
import { yearOf } from "@kz-hrc/core";
import { api } from "../lib/data";
import { formatDateRange, humanize } from "../lib/format";
import { indexedRecord } from "../lib/indexed";
import { timelineItemAttributes } from "../lib/timeline-filter";
import { urls } from "../lib/urls";
import { RecordBadges } from "./record-badges";

/** Events grouped by year, newest first, as an ordered list under year headings. */
export function groupByYear(events: readonly Event[]): [number, Event[]][] {
  const groups = new Map<number, Event[]>();
  for (const event of events) {
    const year = yearOf(event.date);
    groups.set(year, [...(groups.get(year) ?? []), event]);
  }
  return [...groups.entries()];
}

/** Every event, each carrying its facets in data-* attributes for the client filter. */
export function TimelineList({ id }: { id: string }) {
  const groups = groupByYear(api.listTimeline({ order: "newest" }));
  if (groups.length === 0) return <p className="muted">No event is in the record yet.</p>;
  return (
    <ol id={id} className="years" data-order="newest">
      {groups.map(([year, events]) => (
        <li key={year} className="year">
          <h2 id={`year-${year}`}>{year}</h2>
          <ol className="record-list">
            {events.map((event) => {
              const facets = indexedRecord(event.id)?.facets;
              const attributes = timelineItemAttributes({
                year,
                kind: event.kind,
                topics: facets?.topicIds ?? [],
                people: facets?.personIds ?? [],
                orgs: facets?.organizationIds ?? [],
                perspectives: facets?.perspectives ?? [],
              });
              return (
                <li key={event.id} {...attributes}>
                  <a href={urls.record("event", event.id)}>{event.title}</a>
                  <span className="meta">
                    <time dateTime={event.date}>{formatDateRange(event.date, event.endDate)}</time> · {humanize(event.kind)}
                    {event.session ? ` · ${event.session}` : ""}
                  </span>
                  <RecordBadges record={{ kind: "event", id: event.id }} />
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
