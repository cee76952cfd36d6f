import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { createApi } from "../query/api.js";
import { fixtureFile } from "../test/fixture.js";
import {
  bibtexEscape,
  type CiteContext,
  type CitedRecord,
  citationBibtex,
  citationCsl,
  citationText,
  citeIn,
  cslJson,
  quoteAnchor,
} from "./cite.js";

const record: CitedRecord = {
  kind: "event",
  id: "election-2012",
  title: "Kazakhstan elected to the Council, 50% & more_{x}",
  path: "/events/election-2012/",
};
const context: CiteContext = { siteUrl: "https://example.org/", version: "1.2.0", accessed: "2026-12-03" };
const quote = {
  quote: "Kazakhstan was elected with 183 votes.",
  sourceTitle: "General Assembly elects 18 members",
  publisher: "United Nations",
  locator: "para. 4",
};

/** Every brace balanced, never closing below zero: what BibTeX requires of a field. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "{") depth++;
    if (ch === "}" && --depth < 0) return false;
  }
  return depth === 0;
}

describe("plain-text citation", () => {
  it("gives author, title, dataset and version, address and the date accessed in words", () => {
    expect(citationText(record, context)).toBe(
      "kz-hrc contributors. “Kazakhstan elected to the Council, 50% & more_{x}.” kz-hrc: Kazakhstan at the UN Human Rights Council, dataset version 1.2.0. https://example.org/events/election-2012/. Accessed 3 December 2026.",
    );
  });

  it("cites a quote with its source and the quote's own anchor", () => {
    const text = citationText(record, context, quote);
    expect(
      text.startsWith(
        "“Kazakhstan was elected with 183 votes.” (General Assembly elects 18 members, United Nations, para. 4). Quoted in: kz-hrc contributors.",
      ),
    ).toBe(true);
    expect(text).toContain(`https://example.org/events/election-2012/#${quoteAnchor(quote.quote)}.`);
  });
});

describe("BibTeX", () => {
  it("escapes LaTeX's special characters and keeps braces balanced", () => {
    expect(bibtexEscape("50% & $5 #1 a_b ^ ~ \\ {x}")).toBe(
      "50\\% \\& \\$5 \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{} \\textbraceleft{}x\\textbraceright{}",
    );
    expect(balanced(citationBibtex(record, context, { ...quote, quote: "an unbalanced } brace {{" }))).toBe(true);
  });

  it("parses with a BibTeX reader into the same title, address, date accessed and version", () => {
    const entry = citationBibtex(record, context, quote);
    expect(entry).toMatch(/^@misc\{kz-hrc:election-2012:q-[0-9a-f]{14},\n/);
    const [item] = new Cite(entry).data as Record<string, unknown>[];
    expect(item?.title).toBe(record.title);
    expect(item?.URL).toBe(`https://example.org/events/election-2012/#${quoteAnchor(quote.quote)}`);
    expect(item?.accessed).toEqual({ "date-parts": [[2026, 12, 3]] });
    expect(item?.version).toBe("1.2.0");
    expect(String(item?.note)).toContain("Kazakhstan was elected with 183 votes.");
  });
});

describe("CSL-JSON", () => {
  it("is an item a CSL processor formats, with the dataset as container and the version", () => {
    const items = citationCsl(record, context);
    expect(items[0]).toMatchObject({
      type: "dataset",
      author: [{ literal: "kz-hrc contributors" }],
      accessed: { "date-parts": [[2026, 12, 3]] },
    });
    const apa = new Cite(items).format("bibliography", { template: "apa", format: "text" }) as string;
    expect(apa).toContain("kz-hrc contributors");
    expect(apa).toContain("[Data set]");
    expect(apa).toContain("(1.2.0)");
    expect(apa).toContain("https://example.org/events/election-2012/");
    expect(apa).toContain("December 3, 2026");
  });
});

describe("citeIn", () => {
  const api = createApi(loadDataset({ "data/test.json": fixtureFile() }, "9.9.9"));

  it("cites a record by id with the dataset version, and undefined for an unknown id", () => {
    const text = citeIn(api, "9.9.9", "election-2012", "text", {
      siteUrl: "https://example.org",
      accessed: "2026-01-02",
    });
    expect(text).toBe(
      "kz-hrc contributors. “Kazakhstan elected to the Council.” kz-hrc: Kazakhstan at the UN Human Rights Council, dataset version 9.9.9. https://example.org/events/election-2012/. Accessed 2 January 2026.",
    );
    expect(citeIn(api, "9.9.9", "no-such-record", "bibtex")).toBeUndefined();
  });

  it("names the quote's source and publisher from the record", () => {
    const csl = JSON.parse(
      citeIn(api, "9.9.9", "election-2012", "csl", {
        siteUrl: "https://example.org",
        accessed: "2026-01-02",
        quote: { sourceId: "un-press-election", quote: "Kazakhstan was elected with 183 votes." },
      }) ?? "[]",
    );
    expect(csl[0].note).toBe(
      "Quote: “Kazakhstan was elected with 183 votes.” (General Assembly elects 18 members of the Human Rights Council, United Nations)",
    );
  });
});

describe("a quote cited beside it", () => {
  it("leaves the quote's words out and keeps its source and anchor", () => {
    expect(citationText(record, context, quote, { withQuote: false })).toBe(
      `Quote from General Assembly elects 18 members, United Nations, para. 4, in: kz-hrc contributors. “Kazakhstan elected to the Council, 50% & more_{x}.” kz-hrc: Kazakhstan at the UN Human Rights Council, dataset version 1.2.0. https://example.org/events/election-2012/#${quoteAnchor(quote.quote)}. Accessed 3 December 2026.`,
    );
  });

  it("writes CSL-JSON with each date on one line", () => {
    expect(cslJson(citationCsl(record, context))).toContain('"date-parts": [[2026, 12, 3]]');
    expect(JSON.parse(cslJson(citationCsl(record, context)))).toEqual(citationCsl(record, context));
  });
});
