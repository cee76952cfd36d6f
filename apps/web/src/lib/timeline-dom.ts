/**
 * The timeline filter on the page itself: reads the form, shows the events that pass,
 * keeps the URL in step. Plain DOM code with no framework, so the timeline page ships a
 * few kilobytes of script instead of React's runtime (see src/enhance/timeline.ts).
 */
import {
  DEFAULT_ORDER,
  matchesTimeline,
  parseTimelineParams,
  readTimelineItem,
  type TimelineState,
  toTimelineParams,
} from "./timeline-filter";

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

/** The state the form's selects show. */
function readForm(form: HTMLFormElement): TimelineState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === "string" && value) params.set(key, value);
  return parseTimelineParams(params);
}

/** Sets every select of the form to a state ("" for "any"). */
function writeForm(form: HTMLFormElement, state: TimelineState): void {
  for (const select of form.querySelectorAll("select")) {
    const value = select.name === "order" ? state.order : (state[select.name as keyof TimelineState] ?? "");
    // A value the list does not offer (a stale shared link) falls back to "any".
    select.value = [...select.options].some((o) => o.value === value) ? value : "";
  }
}

/**
 * Wires the server-rendered filter form (a plain GET form that works without script) to
 * the list: restores the filter from the URL, then filters in place as the selects
 * change, writing the state back into the URL.
 */
export function enhanceTimeline(form: HTMLFormElement, list: HTMLElement, status: HTMLElement | null): void {
  const total = list.querySelectorAll("[data-year]").length;
  const apply = (state: TimelineState, writeUrl: boolean) => {
    const shown = applyTimeline(list, state);
    if (status) status.textContent = `Showing ${shown} of ${total} events.`;
    if (writeUrl) {
      const query = toTimelineParams(state).toString();
      window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
    }
  };
  const initial = parseTimelineParams(new URLSearchParams(window.location.search));
  writeForm(form, initial);
  apply(initial, false);
  form.addEventListener("change", () => apply(readForm(form), true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(readForm(form), true);
  });
  form.querySelector("[data-reset]")?.addEventListener("click", () => {
    const state: TimelineState = { order: DEFAULT_ORDER };
    writeForm(form, state);
    apply(state, true);
  });
}
