// @vitest-environment happy-dom
import { type RecordFacets, recordPath, type SearchDocument } from "@kz-hrc/core/search";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import SearchPage from "../app/search/page";
import { api } from "../lib/data";
import { searchIndexJson } from "../lib/indexed";
import { enhanceSearch } from "../lib/search-dom";
import { SearchBox } from "./search-box";

const facets = (kind: RecordFacets["kind"], type: string, date: string): RecordFacets => ({
  kind,
  type,
  date,
  member: "not-member",
  topicIds: [],
  personIds: [],
  organizationIds: [],
  sourceIds: [],
  perspectives: [],
});
const docs: SearchDocument[] = [
  {
    summary: { kind: "event", id: "hrc-election-2012", title: "Kazakhstan elected to the Council", date: "2012-11-12" },
    facets: facets("event", "election", "2012-11-12"),
    text: "General Assembly vote",
  },
  {
    summary: { kind: "statement", id: "torture-claim", title: "<b>Torture</b> is not tolerated", date: "2019-03" },
    facets: facets("statement", "achievement-claim", "2019-03"),
    text: "torture prisons",
  },
];

const ENHANCER_TAG = '<script src="/enhance/search.js" defer="" data-enhancer=""></script>';

/** The server's HTML (without the enhancer's tag: the test environment loads no files), then enhanced. */
function renderPage() {
  const html = renderToStaticMarkup(
    <>
      <SearchBox action="/search/" indexUrl="/search-index.json" fallbackId="fallback" />
      <section id="fallback">every record</section>
    </>,
  );
  expect(html).toContain(ENHANCER_TAG);
  document.body.innerHTML = html.replace(ENHANCER_TAG, "");
  const form = document.querySelector<HTMLFormElement>("form[data-live-search]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = document.getElementById("search-status");
  const output = document.getElementById("search-output");
  if (!form || !input || !status || !output || !form.dataset.index) throw new Error("the form must carry its parts");
  enhanceSearch({
    form,
    input,
    status,
    output,
    fallback: document.getElementById(form.dataset.fallback ?? ""),
    indexUrl: form.dataset.index,
  });
  return input;
}

const type = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });

beforeEach(() => {
  window.history.replaceState(null, "", "/search/");
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify(docs), { headers: { "Content-Type": "application/json" } })),
  );
});
afterEach(() => {
  document.body.innerHTML = "";
  vi.unstubAllGlobals();
});

describe("SearchBox", () => {
  it("is a plain GET form to the search page before the script runs", () => {
    const html = renderToStaticMarkup(
      <SearchBox action="/search/" indexUrl="/search-index.json" fallbackId="fallback" />,
    );
    const form = html.match(/<form[^>]*>/)?.[0] ?? "";
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/search/"');
    expect(html).toMatch(/<input[^>]+name="q"/);
  });

  it("fetches the index only when the box is first used", () => {
    const input = renderPage();
    expect(screen.getByRole("status").textContent).toBe("Type to search: results appear as you type.");
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.focus(input);
    fireEvent.focus(input);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("/search-index.json");
  });

  it("runs the query from the URL once the index has loaded", async () => {
    window.history.replaceState(null, "", "/search/?q=torture");
    const input = renderPage();
    expect(input.value).toBe("torture");
    expect(await screen.findByRole("link", { name: "<b>Torture</b> is not tolerated" })).toBeTruthy();
    // Data is written as text: the title's markup is not interpreted.
    expect(document.querySelector("#search-output b")).toBeNull();
  });

  it("shows results as you type, with a snippet, and keeps the query in the URL", async () => {
    const input = renderPage();
    type(input, "type:election");
    expect(window.location.search).toBe("?q=type%3Aelection");
    expect(await screen.findByText("1 result.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Kazakhstan elected to the Council" }).getAttribute("href")).toBe(
      "/events/hrc-election-2012/",
    );
    expect(document.getElementById("fallback")?.hidden).toBe(true);
    type(input, "prisons");
    expect(screen.getByRole("link", { name: "<b>Torture</b> is not tolerated" }).closest("li")?.textContent).toMatch(
      /torture prisons/,
    );
  });

  it("writes each result's kind and date in words, never an ISO date", async () => {
    const input = renderPage();
    type(input, "type:election");
    await screen.findByText("1 result.");
    const item = screen.getByRole("link", { name: "Kazakhstan elected to the Council" }).closest("li");
    expect(item?.querySelector(".meta")?.textContent).toBe("Event · 12 November 2012");
  });

  it("says what is wrong with a query", async () => {
    const input = renderPage();
    type(input, "kind:spaceship");
    expect((await screen.findByRole("list", { name: "Problems with the query" })).textContent).toMatch(
      /unknown kind "spaceship"/,
    );
  });

  it("clears the URL and shows every list again when the query is emptied", async () => {
    window.history.replaceState(null, "", "/search/?q=vote");
    const input = renderPage();
    await screen.findByText("1 result.");
    expect(document.getElementById("fallback")?.hidden).toBe(true);
    type(input, "");
    expect(window.location.search).toBe("");
    expect(document.getElementById("fallback")?.hidden).toBe(false);
    expect(screen.queryByRole("list", { name: "Search results" })).toBeNull();
  });

  it("says so when the index cannot be loaded", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status: 404 })),
    );
    const input = renderPage();
    type(input, "vote");
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "The search index could not be loaded; the form still submits.",
      ),
    );
  });
});

describe("live search over the site's own index", () => {
  it.each(["2012 election", "Kazakstan", "death penalty -moratorium", "A/HRC/14/10", "torture kind:event"])(
    "lists %j in the order of core's search()",
    async (query) => {
      vi.stubGlobal(
        "fetch",
        vi.fn(async () => new Response(searchIndexJson(), { headers: { "Content-Type": "application/json" } })),
      );
      window.history.replaceState(null, "", `/search/?q=${encodeURIComponent(query)}`);
      renderPage();
      const list = await screen.findByRole("list", { name: "Search results" });
      const shown = [...list.querySelectorAll("li > a")].map((a) => a.getAttribute("href"));
      const expected = api.search(query, { limit: 100 }).results.map((r) => recordPath(r.kind, r.id));
      expect(expected.length).toBeGreaterThan(0);
      expect(shown).toEqual(expected);
    },
  );
});

describe("the search page without JavaScript", () => {
  it("says, where results would be, that they need JavaScript, and points to every list", () => {
    const html = renderToStaticMarkup(<SearchPage />);
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? "";
    expect(noscript).toContain("Search results need JavaScript");
    expect(noscript).toContain('href="/timeline/"');
    expect(html.indexOf("<noscript>")).toBeGreaterThan(html.indexOf("</form>"));
    expect(html).toContain('id="search-fallback"');
  });
});
