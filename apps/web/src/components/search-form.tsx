import { urls } from "../lib/urls";

/** A plain GET search form: works without JavaScript, lands on the search page. */
export function SearchForm({ id = "site-search", defaultValue }: { id?: string; defaultValue?: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with the search role is a landmark in every browser; the <search> element is not yet
    <form className="search-form" role="search" method="get" action={urls.search()}>
      <div className="field">
        <label htmlFor={id}>Search the record</label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder="e.g. torture year:2019..2024 kind:statement"
        />
      </div>
      <button type="submit">Search</button>
    </form>
  );
}
