/**
 * A filter for record lists other than the timeline (recommendations, votes): each
 * select of the form names a facet, each list item carries its values in a
 * `data-f-<facet>` attribute (space-separated), and an item shows when it has every
 * chosen value. Pure, so the enhancer and the tests share it.
 */

/** The chosen value of each facet, by facet name; absent means "any". */
export type ListFilterState = ReadonlyMap<string, string>;

const VALUE = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** Reads the chosen values of the given facets from a query string; values of the wrong shape are ignored. */
export function parseListParams(params: URLSearchParams, facets: readonly string[]): ListFilterState {
  const state = new Map<string, string>();
  for (const facet of facets) {
    const value = params.get(facet)?.trim().toLowerCase();
    if (value && VALUE.test(value)) state.set(facet, value);
  }
  return state;
}

/** Writes the state as query parameters, in the facets' order. */
export function toListParams(state: ListFilterState, facets: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of facets) {
    const value = state.get(facet);
    if (value) params.set(facet, value);
  }
  return params;
}

/** The data attribute that carries an item's values of a facet. */
export const facetAttribute = (facet: string) => `data-f-${facet}`;

/** An item's data attributes for its facet values (the inverse of what matchesList reads). */
export function listItemAttributes(
  values: Readonly<Record<string, readonly string[] | string | undefined>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([facet, value]) => [
      facetAttribute(facet),
      (Array.isArray(value) ? value : [value ?? ""]).filter(Boolean).join(" "),
    ]),
  );
}

/** True when an item (read through `valuesOf`) has every chosen value. */
export function matchesList(valuesOf: (facet: string) => string | undefined, state: ListFilterState): boolean {
  for (const [facet, wanted] of state) {
    if (!(valuesOf(facet) ?? "").split(" ").includes(wanted)) return false;
  }
  return true;
}
