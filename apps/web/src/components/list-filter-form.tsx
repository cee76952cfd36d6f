import { ENHANCER_ATTRIBUTE } from "../lib/enhancers";

export interface FilterChoice {
  value: string;
  label: string;
}

export interface FilterSelect {
  /** The facet, also the URL parameter: `?response=noted`. */
  name: string;
  label: string;
  choices: readonly FilterChoice[];
}

/** Apply (submits the GET form) and Reset (its enhancer clears every field): one spelling for every filter form. */
export function FilterActions() {
  return (
    <div className="field">
      <button type="submit">Apply</button>{" "}
      <button type="button" className="button--quiet" data-reset="">
        Reset
      </button>
    </div>
  );
}

/**
 * A filter form for a record list, rendered on the server. Without JavaScript it is a
 * plain GET form and the whole list shows; a small script (src/enhance/list-filter.ts,
 * no React) filters the list in place and keeps the URL in step, so a view can be shared.
 */
export function ListFilterForm({
  id,
  legend,
  selects,
  listId,
  total,
  noun,
  disclosure,
}: {
  id: string;
  legend: string;
  selects: readonly FilterSelect[];
  listId: string;
  total: number;
  noun: string;
  /** When given, the selects sit behind one control of this name on small screens (open on wide ones); the count stays in view. */
  disclosure?: string;
}) {
  const fieldset = (
    <fieldset className="filters">
      <legend>{legend}</legend>
      {selects.map((select) => (
        <div className="field" key={select.name}>
          <label htmlFor={`${id}-${select.name}`}>{select.label}</label>
          <select id={`${id}-${select.name}`} name={select.name}>
            <option value="">Any</option>
            {select.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <FilterActions />
    </fieldset>
  );
  return (
    <form
      className="filters-form"
      data-list-filter=""
      data-list={listId}
      data-noun={noun}
      method="get"
      aria-describedby={`${id}-status`}
    >
      {disclosure ? (
        <details className="filters-disclosure">
          <summary>{disclosure}</summary>
          {fieldset}
        </details>
      ) : (
        fieldset
      )}
      <p id={`${id}-status`} className="status-line" role="status">
        {`${total} ${noun}.`}
      </p>
      <script src="/enhance/list-filter.js" defer {...{ [ENHANCER_ATTRIBUTE]: "" }} />
    </form>
  );
}
