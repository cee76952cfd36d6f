// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enhanceTimeline } from "../lib/timeline-dom";
import { type TimelineFilterOptions, TimelineFilters } from "./timeline-filters";

const options: TimelineFilterOptions = {
  years: ["2012", "2013", "2021"],
  type: [
    { value: "election", label: "Election" },
    { value: "upr-review", label: "UPR review" },
  ],
  topic: [{ value: "death-penalty", label: "Death penalty" }],
  person: [],
  org: [],
  perspective: [{ value: "civil-society", label: "Civil society" }],
};

function TimelineFixture() {
  const item = (id: string, year: number, kind: string, topics = "", perspectives = "") => (
    <li
      key={id}
      id={id}
      data-year={year}
      data-type={kind}
      data-topics={topics}
      data-people=""
      data-orgs=""
      data-perspectives={perspectives}
    >
      {id}
    </li>
  );
  return (
    <>
      <TimelineFilters options={options} listId="list" total={3} action="/timeline/" />
      <ol id="list" data-order="newest">
        <li id="y2021">
          <h2>2021</h2>
          <ol>{item("e3", 2021, "upr-review", "death-penalty", "civil-society")}</ol>
        </li>
        <li id="y2012">
          <h2>2012</h2>
          <ol>
            {item("e2", 2012, "election")}
            {item("e1", 2012, "upr-review")}
          </ol>
        </li>
      </ol>
    </>
  );
}

const ENHANCER_TAG = '<script src="/enhance/timeline.js" defer="" data-enhancer=""></script>';

/** The server's HTML, without the enhancer's tag: the test environment does not load files. */
function serverHtml(): string {
  const html = renderToStaticMarkup(<TimelineFixture />);
  expect(html).toContain(ENHANCER_TAG);
  return html.replace(ENHANCER_TAG, "");
}

/** The page as the server sends it, then enhanced as the browser script does. */
function renderPage() {
  document.body.innerHTML = serverHtml();
  const form = document.querySelector<HTMLFormElement>("form[data-timeline-filters]");
  const list = document.getElementById(form?.dataset.list ?? "");
  if (!form || !list) throw new Error("the form must name its list");
  enhanceTimeline(form, list, document.getElementById("timeline-status"));
}

const visible = () =>
  [...document.querySelectorAll<HTMLElement>("[data-year]")].filter((el) => !el.hidden).map((el) => el.id);

beforeEach(() => window.history.replaceState(null, "", "/timeline/"));
afterEach(() => {
  document.body.innerHTML = "";
});

describe("TimelineFilters", () => {
  it("is a plain GET form with every event showing before the script runs", () => {
    document.body.innerHTML = serverHtml();
    const form = document.querySelector("form");
    expect(form?.getAttribute("method")).toBe("get");
    expect(form?.getAttribute("action")).toBe("/timeline/");
    expect(visible()).toEqual(["e3", "e2", "e1"]);
    expect(screen.getByRole("status").textContent).toBe("3 events.");
  });

  it("falls back to any for a value the list does not offer", () => {
    window.history.replaceState(null, "", "/timeline/?type=spaceship&topic=death-penalty");
    renderPage();
    expect((screen.getByLabelText("Type") as HTMLSelectElement).value).toBe("");
    expect((screen.getByLabelText("Topic") as HTMLSelectElement).value).toBe("death-penalty");
  });

  it("restores the filter from the URL and hides the events that fail it", async () => {
    window.history.replaceState(null, "", "/timeline/?type=election");
    renderPage();
    expect(visible()).toEqual(["e2"]);
    expect((screen.getByLabelText("Type") as HTMLSelectElement).value).toBe("election");
    expect(document.getElementById("y2021")?.hidden).toBe(true);
    expect(screen.getByRole("status").textContent).toBe("Showing 1 of 3 events.");
  });

  it("writes a changed filter into the URL", async () => {
    renderPage();
    expect(visible()).toEqual(["e3", "e2", "e1"]);
    fireEvent.change(screen.getByLabelText("Topic"), { target: { value: "death-penalty" } });
    expect(window.location.search).toBe("?topic=death-penalty");
    expect(visible()).toEqual(["e3"]);
    fireEvent.change(screen.getByLabelText("From year"), { target: { value: "2013" } });
    expect(window.location.search).toBe("?from=2013&topic=death-penalty");
  });

  it("puts the oldest events first when asked, and back", async () => {
    renderPage();
    fireEvent.change(screen.getByLabelText("Order"), { target: { value: "oldest" } });
    expect(window.location.search).toBe("?order=oldest");
    expect(visible()).toEqual(["e1", "e2", "e3"]);
    fireEvent.change(screen.getByLabelText("Order"), { target: { value: "newest" } });
    expect(visible()).toEqual(["e3", "e2", "e1"]);
  });

  it("resets every filter", async () => {
    window.history.replaceState(null, "", "/timeline/?type=election&perspective=civil-society");
    renderPage();
    expect(visible()).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(window.location.search).toBe("");
    expect(visible()).toEqual(["e3", "e2", "e1"]);
  });
});
