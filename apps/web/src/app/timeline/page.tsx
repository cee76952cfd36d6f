import { PERSPECTIVES, yearOf } from "@kz-hrc/core";
import type { FilterChoice } from "../../components/list-filter-form";
import { type TimelineFilterOptions, TimelineFilters } from "../../components/timeline-filters";
import { TimelineList } from "../../components/timeline-list";
import { api } from "../../lib/data";
import { PERSPECTIVE_LABELS } from "../../lib/format";
import { indexedRecord } from "../../lib/indexed";
import { pageMetadata } from "../../lib/metadata";
import { timelineEntries } from "../../lib/timeline-entries";
import { groupByYear } from "../../lib/timeline-html";
import { urls } from "../../lib/urls";

export const metadata = pageMetadata(
  "Timeline",
  "Every event and recorded vote of Kazakhstan's engagement with the UN Human Rights Council, filterable by year, kind, topic, person, organization and source perspective.",
  urls.timeline(),
);

const byLabel = (a: FilterChoice, b: FilterChoice) => a.label.localeCompare(b.label);

/** The filter's choices: only values that some event has. */
function filterOptions(): TimelineFilterOptions {
  const events = timelineEntries();
  const facets = events.flatMap((e) => indexedRecord(e.id)?.facets ?? []);
  const used = (pick: (f: (typeof facets)[number]) => readonly string[]) => new Set(facets.flatMap(pick));
  const named = (ids: Set<string>) =>
    [...ids].map((id) => ({ value: id, label: api.getSummary(id)?.title ?? id })).sort(byLabel);
  const years = events.map((e) => yearOf(e.date));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const kinds = new Map(events.map((e) => [e.type, e.typeLabel]));
  const perspectives = used((f) => f.perspectives);
  return {
    years: years.length ? Array.from({ length: last - first + 1 }, (_, i) => String(first + i)) : [],
    type: [...kinds].map(([value, label]) => ({ value, label })).sort(byLabel),
    topic: named(used((f) => f.topicIds)),
    person: named(used((f) => f.personIds)),
    org: named(used((f) => f.organizationIds)),
    perspective: PERSPECTIVES.filter((p) => perspectives.has(p)).map((p) => ({
      value: p,
      label: PERSPECTIVE_LABELS[p],
    })),
  };
}

/** Years that have events, newest first: the list's own year groups. */
function yearsInRecord(): number[] {
  return groupByYear(timelineEntries("newest")).map(([year]) => year);
}

/**
 * A static host cannot filter without a script, so a reader without JavaScript gets
 * what still works: a jump to each year, and the record pages that list their events.
 */
function TimelineWithoutScript({ years }: { years: readonly number[] }) {
  return (
    <noscript>
      <p>
        Without JavaScript the filters cannot narrow this list. Jump to a year below, or open a{" "}
        <a href={urls.kindIndex("topic")}>topic</a>, <a href={urls.kindIndex("person")}>person</a> or{" "}
        <a href={urls.kindIndex("organization")}>organization</a> to see the events linked to it.
      </p>
      <nav aria-label="Years">
        <ul className="inline-list">
          {years.map((year) => (
            <li key={year}>
              <a href={`#year-${year}`}>{year}</a>
            </li>
          ))}
        </ul>
      </nav>
    </noscript>
  );
}

export default function TimelinePage() {
  const total = timelineEntries().length;
  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        Every event in the record, grouped by year. Filters change the address of the page, so any view can be shared.
      </p>
      <TimelineFilters options={filterOptions()} listId="timeline-list" total={total} action={urls.timeline()} />
      <TimelineWithoutScript years={yearsInRecord()} />
      <TimelineList id="timeline-list" />
    </>
  );
}
