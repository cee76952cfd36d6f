/**
 * The live search on the search page: fetches the static index on first use, runs
 * core's own search engine over it as the user types, and keeps the query in the URL.
 * Plain DOM code with no framework (built into public/enhance/search.js), and every
 * value from the data is written as text, never as HTML.
 */
import {
  createSearchEngine,
  formatDate,
  kindLabel,
  recordPath,
  type SearchDocument,
  type SearchEngine,
  type SearchResponse,
} from "@kz-hrc/core/search";

export const RESULT_LIMIT = 100;

export interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  /** Where the errors and results are drawn. */
  output: HTMLElement;
  /** Shown while no query is asked (links to every list). */
  fallback: HTMLElement | null;
  indexUrl: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function statusText(response: SearchResponse): string {
  const { total } = response;
  return `${total} ${total === 1 ? "result" : "results"}${total > RESULT_LIMIT ? `, the first ${RESULT_LIMIT} shown` : ""}.`;
}

/** Draws a response: the query's problems, then the results as links. */
function draw(output: HTMLElement, response: SearchResponse): void {
  const parts: HTMLElement[] = [];
  if (response.errors.length) {
    const errors = element("ul", "errors");
    errors.setAttribute("aria-label", "Problems with the query");
    errors.append(...response.errors.map((e) => element("li", null, e)));
    parts.push(errors);
  }
  if (response.results.length) {
    const list = element("ol", "record-list");
    list.setAttribute("aria-label", "Search results");
    for (const hit of response.results) {
      const link = element("a", null, hit.title);
      link.href = recordPath(hit.kind, hit.id);
      const item = element("li", null);
      const meta = [kindLabel(hit.kind), hit.subtitle, hit.date ? formatDate(hit.date) : undefined]
        .filter(Boolean)
        .join(" · ");
      item.append(link, element("span", "meta", meta));
      if (hit.snippet) item.append(element("span", "snippet", hit.snippet));
      list.append(item);
    }
    parts.push(list);
  }
  output.replaceChildren(...parts);
}

/** Wires the server-rendered GET form to live results. */
export function enhanceSearch({ form, input, status, output, fallback, indexUrl }: SearchElements): void {
  let engine: SearchEngine | null = null;
  let loading = false;
  let failed = false;

  const render = () => {
    const query = input.value;
    const asked = query.trim() !== "";
    const response = engine && asked ? engine.search(query, { limit: RESULT_LIMIT }) : null;
    if (failed) status.textContent = "The search index could not be loaded; the form still submits.";
    else if (response) status.textContent = statusText(response);
    else if (asked && loading) status.textContent = "Loading the search index…";
    else status.textContent = "Type to search: results appear as you type.";
    if (response) draw(output, response);
    else output.replaceChildren();
    if (fallback) fallback.hidden = response !== null;
  };

  // The index (about 200 KB gzip) is fetched and indexed only when needed: a query in the
  // URL, or the first focus of the box. A visit that never searches pays nothing for it.
  const loadIndex = () => {
    if (loading || engine || failed) return;
    loading = true;
    fetch(indexUrl)
      .then((response) =>
        response.ok
          ? (response.json() as Promise<SearchDocument[]>)
          : Promise.reject(new Error(String(response.status))),
      )
      .then((docs) => {
        engine = createSearchEngine(docs);
      })
      .catch(() => {
        failed = true;
      })
      .finally(() => {
        loading = false;
        render();
      });
  };

  input.addEventListener("focus", loadIndex);
  input.addEventListener("input", () => {
    loadIndex();
    const value = input.value;
    const params = value.trim() ? `?${new URLSearchParams({ q: value }).toString()}` : "";
    window.history.replaceState(null, "", `${window.location.pathname}${params}`);
    render();
  });
  form.addEventListener("submit", (event) => {
    // Once the index is here, results are already on the page; before, the form submits.
    if (engine) event.preventDefault();
  });

  input.value = new URLSearchParams(window.location.search).get("q") ?? "";
  if (input.value.trim()) loadIndex();
  render();
}
