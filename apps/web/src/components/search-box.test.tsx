// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RecordFacets, SearchDocument } from "@kz-hrc/core/search";
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
    summary: { kind: "statement", id: "torture-claim", title: "“Torture is not tolerated”", date: "2019-03" },
    facets: facets("statement", "achievement-claim", "2019-03"),
    text: "torture prisons",
  },
];

beforeEach(() => {
  window.history.replaceState(null, "", "/search/");
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(docs), { headers: { "Content-Type": "application/json" } })));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function renderBox() {
  await act(async () => {
    render(
      <>
        <SearchBox action="/search/" indexUrl="/search-index.json" fallbackId="fallback" />
        <section id="fallback">every record</section>
      </>,
    );
  });
  await screen.findByText("Type to search: results appear as you type.");
}

describe("SearchBox", () => {
  it("runs the query from the URL once the index has loaded", async () => {
    window.history.replaceState(null, "", "/search/?q=torture");
    await act(async () => {
      render(<SearchBox action="/search/" indexUrl="/search-index.json" fallbackId="fallback" />);
    });
    expect(await screen.findByRole("link", { name: "“Torture is not tolerated”" })).toBeTruthy();
    expect((screen.getByLabelText("Search the record") as HTMLInputElement).value).toBe("torture");
    expect(fetch).toHaveBeenCalledWith("/search-index.json");
  });

  it("shows results as you type and keeps the query in the URL", async () => {
    await renderBox();
    fireEvent.change(screen.getByLabelText("Search the record"), { target: { value: "type:election" } });
    expect(window.location.search).toBe("?q=type%3Aelection");
    expect(screen.getByRole("status").textContent).toBe("1 result.");
    expect(screen.getByRole("link", { name: "Kazakhstan elected to the Council" }).getAttribute("href")).toBe("/events/hrc-election-2012/");
    expect(document.getElementById("fallback")?.hidden).toBe(true);
  });

  it("shows a snippet of the matching text", async () => {
    await renderBox();
    fireEvent.change(screen.getByLabelText("Search the record"), { target: { value: "prisons" } });
    expect(screen.getByRole("link", { name: "“Torture is not tolerated”" }).closest("li")?.textContent).toMatch(/torture prisons/);
  });

  it("says what is wrong with a query", async () => {
    await renderBox();
    fireEvent.change(screen.getByLabelText("Search the record"), { target: { value: "kind:spaceship" } });
    expect(screen.getByRole("list", { name: "Problems with the query" }).textContent).toMatch(/unknown kind "spaceship"/);
  });

  it("clears the URL when the query is emptied", async () => {
    window.history.replaceState(null, "", "/search/?q=vote");
    await act(async () => {
      render(
        <>
          <SearchBox action="/search/" indexUrl="/search-index.json" fallbackId="fallback" />
          <section id="fallback">every record</section>
        </>,
      );
    });
    await screen.findByText("1 result.");
    expect(document.getElementById("fallback")?.hidden).toBe(true);
    fireEvent.change(screen.getByLabelText("Search the record"), { target: { value: "" } });
    expect(window.location.search).toBe("");
    expect(document.getElementById("fallback")?.hidden).toBe(false);
  });
});
