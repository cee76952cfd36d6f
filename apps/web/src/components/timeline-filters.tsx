"use client";

import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from "react";
import {
  matchesTimeline,
  parseTimelineParams,
  readTimelineItem,
  toTimelineParams,
  DEFAULT_ORDER,
  type TimelineKey,
  type TimelineState,
} from "../lib/timeline-filter";

export interface FilterOption {
  value: string;
  label: string;
}

export interface TimelineFilterOptions {
  years: readonly string[];
  kind: readonly FilterOption[];
  topic: readonly FilterOption[];
  person: readonly FilterOption[];
  org: readonly FilterOption[];
  perspective: readonly FilterOption[];
}

const SELECTS: readonly { key: Exclude<TimelineKey, "from" | "to">; label: string }[] = [
  { key: "kind", label: "Event kind" },
  { key: "topic", label: "Topic" },
  { key: "person", label: "Person" },
  { key: "org", label: "Organization" },
  { key: "perspective", label: "Source perspective" },
];

/** Shows the events that pass the filter, in the chosen order; returns how many show. */
export function applyTimeline(list: HTMLElement, state: TimelineState): number {
  if ((list.dataset.order ?? DEFAULT_ORDER) !== state.order) {
    const years = [...list.children];
    list.append(...years.reverse());
    for (const year of years) {
      const events = year.querySelector("ol");
      if (events) events.append(...[...events.children].reverse());
    }
    list.dataset.order = state.order;
  }
  let shown = 0;
  for (const year of list.children) {
    let shownInYear = 0;
    for (const item of year.querySelectorAll<HTMLElement>("[data-year]")) {
      const visible = matchesTimeline(readTimelineItem(item.dataset), state);
      // Writing only what changes leaves the page untouched when it opens unfiltered.
      if (item.hidden === visible) item.hidden = !visible;
      if (visible) shownInYear += 1;
    }
    const yearHidden = shownInYear === 0;
    if ((year as HTMLElement).hidden !== yearHidden) (year as HTMLElement).hidden = yearHidden;
    shown += shownInYear;
  }
  return shown;
}

/**
 * The timeline's filter form. Without JavaScript it is a plain GET form and the full
 * list shows; with it, the list is filtered in place and the URL follows the form.
 */
export function TimelineFilters({ options, listId, total, action }: { options: TimelineFilterOptions; listId: string; total: number; action: string }) {
  const [state, setState] = useState<TimelineState>({ order: DEFAULT_ORDER });
  const [shown, setShown] = useState<number | null>(null);

  const apply = useCallback(
    (next: TimelineState, writeUrl: boolean) => {
      const list = document.getElementById(listId);
      if (list) setShown(applyTimeline(list, next));
      if (writeUrl) {
        const query = toTimelineParams(next).toString();
        window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
      }
    },
    [listId],
  );

  useEffect(() => {
    const initial = parseTimelineParams(new URLSearchParams(window.location.search));
    setState(initial);
    apply(initial, false);
  }, [apply]);

  const update = (event: ChangeEvent<HTMLSelectElement>) => {
    const { name, value } = event.target;
    const next = { ...state, [name]: value || undefined } as TimelineState;
    if (name === "order") next.order = value === "oldest" ? "oldest" : "newest";
    setState(next);
    apply(next, true);
  };

  const reset = () => {
    const next: TimelineState = { order: DEFAULT_ORDER };
    setState(next);
    apply(next, true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(state, true);
  };

  const yearOptions = options.years.map((y) => ({ value: y, label: y }));
  const select = (key: TimelineKey | "order", label: string, choices: readonly FilterOption[], any: string | null) => (
    <div className="field" key={key}>
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} name={key} value={key === "order" ? state.order : (state[key] ?? "")} onChange={update}>
        {any !== null ? <option value="">{any}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="filters-form" data-client-widget="timeline-filters" method="get" action={action} onSubmit={submit} aria-describedby="timeline-status">
      <fieldset className="filters">
        <legend>Filter the timeline</legend>
        {select("from", "From year", yearOptions, "Any year")}
        {select("to", "To year", yearOptions, "Any year")}
        {SELECTS.map(({ key, label }) => select(key, label, options[key], "Any"))}
        {select("order", "Order", [
          { value: "newest", label: "Newest first" },
          { value: "oldest", label: "Oldest first" },
        ], null)}
        <div className="field">
          <button type="submit">Apply</button>{" "}
          <button type="button" className="button--quiet" onClick={reset}>
            Reset
          </button>
        </div>
      </fieldset>
      <p id="timeline-status" className="status-line" role="status">
        {shown === null ? `${total} events.` : `Showing ${shown} of ${total} events.`}
      </p>
    </form>
  );
}
