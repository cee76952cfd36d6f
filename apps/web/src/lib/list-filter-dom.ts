/**
 * The list filter on the page itself (see list-filter.ts): restores the filter from the
 * URL, filters in place as the selects change, hides groups left empty, says how many
 * show, and keeps the URL in step. Plain DOM code, no framework.
 */
import { facetAttribute, type ListFilterState, matchesList, parseListParams, toListParams } from "./list-filter";

function readForm(form: HTMLFormElement, facets: readonly string[]): ListFilterState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === "string" && value) params.set(key, value);
  return parseListParams(params, facets);
}

function writeForm(form: HTMLFormElement, state: ListFilterState): void {
  for (const select of form.querySelectorAll("select")) {
    const value = state.get(select.name) ?? "";
    // A value the list does not offer (a stale shared link) falls back to "any".
    select.value = [...select.options].some((o) => o.value === value) ? value : "";
  }
}

/** Shows the items that pass; hides groups with none; returns how many show. */
export function applyListFilter(list: HTMLElement, state: ListFilterState): number {
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLElement>("[data-filter-item]")) {
    const visible = matchesList((facet) => item.getAttribute(facetAttribute(facet)) ?? undefined, state);
    if (item.hidden === visible) item.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const group of list.querySelectorAll<HTMLElement>("[data-filter-group]")) {
    const empty = !group.querySelector("[data-filter-item]:not([hidden])");
    if (group.hidden !== empty) group.hidden = empty;
  }
  return shown;
}

/** Wires a server-rendered GET form (`data-list-filter`, `data-list` = the list's id) to its list. */
export function enhanceListFilter(form: HTMLFormElement, list: HTMLElement, status: HTMLElement | null): void {
  const facets = [...form.querySelectorAll("select")].map((s) => s.name);
  const total = list.querySelectorAll("[data-filter-item]").length;
  const noun = form.dataset.noun ?? "records";
  const apply = (state: ListFilterState, writeUrl: boolean) => {
    const shown = applyListFilter(list, state);
    if (status) status.textContent = state.size ? `Showing ${shown} of ${total} ${noun}.` : `${total} ${noun}.`;
    if (writeUrl) {
      const query = toListParams(state, facets).toString();
      window.history.replaceState(
        null,
        "",
        `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`,
      );
    }
  };
  const initial = parseListParams(new URLSearchParams(window.location.search), facets);
  writeForm(form, initial);
  if (initial.size) apply(initial, false);
  form.addEventListener("change", () => apply(readForm(form, facets), true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(readForm(form, facets), true);
  });
  form.querySelector("[data-reset]")?.addEventListener("click", () => {
    const state = new Map<string, string>();
    writeForm(form, state);
    apply(state, true);
  });
}
