import { DATASET_VERSION, type Source } from "@kz-hrc/core";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { api } from "../lib/data";
import { CitationView } from "./citation-view";
import { CiteBlock } from "./cite-block";
import { QuoteLinks, SourceAddressLine } from "./source-links";

const sources = api.listSources();
const onTestHost = sources.find((s) => s.copy === "test-host" && !s.canonicalUrl) as Source;
const unCopy = sources.find(
  (s) => s.copy === "document-sharing" && s.canonicalUrl?.startsWith("https://undocs.org/"),
) as Source;
const own = sources.find((s) => s.url && !s.copy) as Source;

/** The links of some markup, as [text, href] pairs. */
function links(html: string): [string, string][] {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((m) => [
    (m[2] ?? "").replace(/<[^>]+>/g, ""),
    (m[1] ?? "").replace(/&amp;/g, "&"),
  ]);
}

describe("a source's addresses", () => {
  it("says the original is not established instead of showing a test host as the original", () => {
    const html = renderToStaticMarkup(<SourceAddressLine source={onTestHost} />);
    expect(html).toContain("Original: address not established");
    expect(html).toContain("Read at:");
    expect(html).toContain("a copy on the publisher&#x27;s test or staging host");
    const [[text, href] = ["", ""]] = links(html);
    expect(text).toBe(new URL(onTestHost.url ?? "").hostname.replace(/^www\./, ""));
    expect(href).toBe(onTestHost.url);
  });

  it("links a UN document's symbol as its original and the sharing site as the copy read", () => {
    const html = renderToStaticMarkup(<SourceAddressLine source={unCopy} />);
    expect(links(html).map(([, href]) => href)).toEqual([unCopy.canonicalUrl, unCopy.url]);
    expect(html).toContain("Original: <a");
    expect(html).toContain("undocs.org");
  });

  it("shows a source read at its own address as the original, with nothing read elsewhere", () => {
    const html = renderToStaticMarkup(<SourceAddressLine source={own} />);
    expect(links(html).map(([, href]) => href)).toEqual([own.url]);
    expect(html).not.toContain("Read at");
  });
});

describe("a quote's links and citation", () => {
  it("links the passage with a text fragment, the Wayback lookup of the original, and its own anchor", () => {
    const html = renderToStaticMarkup(
      <QuoteLinks source={unCopy} quote="a first part … a second part" anchor="q-00000000000001" />,
    );
    const [passage, wayback, self] = links(html);
    expect(passage?.[1]).toBe(`${unCopy.url}#:~:text=a%20first%20part`);
    expect(wayback?.[1]).toBe(`https://web.archive.org/web/*/${unCopy.canonicalUrl}`);
    expect(self).toEqual(["Link to this quote", "#q-00000000000001"]);
  });

  it("gives each quote its fingerprint as a stable anchor", () => {
    const citation = { sourceId: own.id, quote: "Kazakhstan was elected" };
    const html = renderToStaticMarkup(<CitationView citation={citation} status="unchecked" />);
    expect(html).toMatch(/<figure class="citation" id="q-[0-9a-f]{14}">/);
  });

  it("cites a record with the production address, the version and a date, never a local server", () => {
    const record = api.listSummaries("event")[0];
    if (!record) throw new Error("no event in the record");
    const html = renderToStaticMarkup(<CiteBlock id={record.id} />);
    // The production address unless the build names another.
    expect(html).toContain(
      `${(process.env.SITE_URL || "https://kz-hrc.org").replace(/\/+$/, "")}/events/${record.id}/`,
    );
    expect(html).toContain(`dataset version ${DATASET_VERSION}`);
    expect(html).toContain(`@misc{kz-hrc:${record.id},`);
    expect(html).not.toMatch(/localhost/);
  });
});
