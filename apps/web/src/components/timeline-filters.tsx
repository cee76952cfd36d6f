import { ENHANCER_ATTRIBUTE } from "../lib/enhancers";
import type { TimelineKey } from "../lib/timeline-filter";
import { FilterActions, type FilterChoice } from "./list-filter-form";

export interface TimelineFilterOptions {
  years: readonly string[];
  type: readonly FilterChoice[];
  topic: readonly FilterChoice[];
  person: readonly FilterChoice[];
  org: readonly FilterChoice[];
  perspective: readonly FilterChoice[];
}

const SELECTS: readonly { key: Exclude<TimelineKey, "from" | "to">; label: string }[] = [
  { key: "type", label: "Type" },
  { key: "topic", label: "Topic" },
  { key: "person", label: "Person" },
  { key: "org", label: "Organization" },
  { key: "perspective", label: "Source perspective" },
];

const ORDERS: readonly FilterChoice[] = [
  { value: "newest", label: "Newest first" },
  { value: "oldest", label: "Oldest first" },
];

function Select({
  name,
  label,
  choices,
  any,
}: {
  name: string;
  label: string;
  choices: readonly FilterChoice[];
  any?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The timeline's filter form, rendered on the server. Without JavaScript it is a plain
 * GET form and the full list shows; a small script (src/enhance/timeline.ts, no React)
 * filters the list in place and keeps the URL in step.
 */
export function TimelineFilters({
  options,
  listId,
  total,
  action,
}: {
  options: TimelineFilterOptions;
  listId: string;
  total: number;
  action: string;
}) {
  const years = options.years.map((y) => ({ value: y, label: y }));
  return (
    <form
      className="filters-form"
      data-timeline-filters=""
      data-list={listId}
      method="get"
      action={action}
      aria-describedby="timeline-status"
    >
      {/* One control on small screens: the filters open on request; wide screens show them open (globals.css). */}
      <details className="filters-disclosure">
        <summary>Filter and order the timeline</summary>
        <fieldset className="filters">
          <legend>Filter the timeline</legend>
          <Select name="from" label="From year" choices={years} any="Any year" />
          <Select name="to" label="To year" choices={years} any="Any year" />
          {SELECTS.map(({ key, label }) => (
            <Select key={key} name={key} label={label} choices={options[key]} any="Any" />
          ))}
          <Select name="order" label="Order" choices={ORDERS} />
          <FilterActions />
        </fieldset>
      </details>
      <p id="timeline-status" className="status-line" role="status">
        {`${total} events.`}
      </p>
      <script src="/enhance/timeline.js" defer {...{ [ENHANCER_ATTRIBUTE]: "" }} />
    </form>
  );
}
