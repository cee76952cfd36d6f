import { describe, expect, it } from "vitest";
import { fixtureFile } from "../test/fixture.js";
import { DataValidationError } from "./errors.js";
import { loadDataset } from "./load.js";

function load(mutate: (file: ReturnType<typeof fixtureFile>) => void, extra: Record<string, unknown> = {}) {
  const file = fixtureFile();
  mutate(file);
  return () => loadDataset({ "data/test.json": file, ...extra }, "test");
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as Error).message;
  }
  throw new Error("expected the dataset to be rejected");
}

describe("loadDataset", () => {
  it("accepts the valid baseline", () => {
    const data = load(() => {})();
    expect(data.events).toHaveLength(2);
    expect(data.version).toBe("test");
  });

  it("names file, record and field for a malformed date", () => {
    const message = messageOf(load((f) => void (f.events![0]!.date = "2012-13-40")));
    expect(message).toContain('data/test.json › events › "election-2012" › date: must be a real date');
  });

  it("rejects an unknown field in a strict record", () => {
    const message = messageOf(load((f) => Object.assign(f.events![0]!, { colour: "red" })));
    expect(message).toMatch(/events › "election-2012" › \(record\): Unrecognized key.*colour/);
  });

  it("rejects a dangling reference", () => {
    const message = messageOf(load((f) => void (f.statements![0]!.speakerId = "nobody")));
    expect(message).toContain('statements › "claim" › speakerId: refers to unknown people id "nobody"');
  });

  it("rejects a citation of an unknown source", () => {
    const message = messageOf(load((f) => void (f.events![1]!.citations[0]!.sourceId = "missing-source")));
    expect(message).toContain(
      'events › "speech-2021" › citations.0.sourceId: refers to unknown sources id "missing-source"',
    );
  });

  it("rejects a duplicate id, even across collections and files", () => {
    const message = messageOf(load(() => {}, { "data/other.json": { topics: [{ id: "claim", name: "Clash" }] } }));
    expect(message).toContain(
      'data/other.json › topics › "claim" › id: duplicate id: already used in statements (data/test.json)',
    );
  });

  it("rejects a second source for the same page or the same archived text", () => {
    const copy = (f: ReturnType<typeof fixtureFile>) => ({ ...f.sources![0]!, id: "same-page-again" });
    const byUrl = messageOf(load((f) => void f.sources!.push({ ...copy(f), archiveSha256: "b".repeat(64) })));
    expect(byUrl).toContain(
      'sources › "same-page-again" › url: is the same as source "un-press-election"\'s: cite that source instead',
    );
    const byText = messageOf(load((f) => void f.sources!.push({ ...copy(f), url: "https://example.org/other" })));
    expect(byText).toContain(
      'sources › "same-page-again" › archiveSha256: is the same as source "un-press-election"\'s',
    );
  });

  it("rejects a recorded vote outside the vocabulary, a symbol not in the UN's form, and impossible totals", () => {
    const vote = messageOf(load((f) => Object.assign(f.votes![0]!.positions![0]!, { vote: "maybe" })));
    expect(vote).toContain('votes › "a-hrc-res-25-1" › positions.0.vote: must be one of in-favour, against, abstained');
    const symbol = messageOf(load((f) => void (f.votes![0]!.symbol = "HRC res 25/1")));
    expect(symbol).toContain('votes › "a-hrc-res-25-1" › symbol: must be a UN symbol');
    const totals = messageOf(load((f) => void (f.votes![0]!.totals = { inFavour: 30, against: 12, abstaining: 12 })));
    expect(totals).toContain("totals: totals add up to more than the Council's 47 members");
    const uncited = messageOf(load((f) => void (f.votes![0]!.positions![0]!.citations = [])));
    expect(uncited).toContain("positions.0.citations: must have at least one citation");
    const state = messageOf(load((f) => void (f.votes![0]!.positions![0]!.stateId = "atlantis")));
    expect(state).toContain('positions.0.stateId: refers to unknown organizations id "atlantis"');
  });

  it("accepts the UN's symbols of resolutions, decisions, special sessions and drafts", () => {
    for (const symbol of ["A/HRC/RES/25/25", "A/HRC/DEC/22/117", "A/HRC/RES/S-34/1", "A/HRC/51/L.6", "A/RES/ES-11/3"]) {
      expect(() => load((f) => void (f.votes![0]!.symbol = symbol))()).not.toThrow();
    }
  });

  it("rejects a recommendation whose review, state or topic does not exist, or whose response is unknown", () => {
    const review = messageOf(load((f) => void (f.recommendations![0]!.reviewId = "upr-cycle-9")));
    expect(review).toContain(
      'data/test.json › recommendations › "upr-2-126-2" › reviewId: refers to unknown uprReviews id "upr-cycle-9"',
    );
    const state = messageOf(load((f) => void (f.recommendations![0]!.recommendingStateIds = ["narnia"])));
    expect(state).toContain('recommendingStateIds.0: refers to unknown organizations id "narnia"');
    const topic = messageOf(load((f) => void (f.recommendations![0]!.topicIds = ["weather"])));
    expect(topic).toContain('topicIds.0: refers to unknown topics id "weather"');
    const response = messageOf(load((f) => Object.assign(f.recommendations![0]!, { response: "rejected" })));
    expect(response).toContain('recommendations › "upr-2-126-2" › response: must be one of supported,');
  });

  it("rejects two recommendations with one number in the same review", () => {
    const message = messageOf(load((f) => void (f.recommendations![1]!.number = "126.2")));
    expect(message).toContain(
      'recommendations › "upr-2-124-10" › number: 126.2 is already recommendation "upr-2-126-2" of upr-cycle-2',
    );
  });

  it("rejects dates out of order", () => {
    const message = messageOf(load((f) => void (f.membershipTerms![0]!.end = "2012-12-31")));
    expect(message).toContain('membershipTerms › "term-2013-2015" › end: date 2012-12-31 comes before 2013-01-01');
  });

  it("rejects a statement whose quote is not in its citations", () => {
    const message = messageOf(load((f) => void (f.statements![0]!.quote = "words nobody cited")));
    expect(message).toContain('statements › "claim" › quote: does not occur in any of its citations\' quotes');
  });

  it("rejects terminal escapes and bidi overrides in text", () => {
    const escape = messageOf(load((f) => void (f.events![0]!.title = "Elected \u001b[31mred")));
    expect(escape).toContain(
      "title: must not contain control, invisible formatting, bidirectional or line-separator characters (U+001B, a control character, at character 9)",
    );
    const bidi = messageOf(load((f) => void (f.people![0]!.name = "A \u202eMinister")));
    expect(bidi).toContain('people › "a-minister" › name: must not contain control');
  });

  it("rejects a preferred variant that does not exist", () => {
    const message = messageOf(load((f) => void (f.discrepancies![0]!.preferred = 5)));
    expect(message).toContain('discrepancies › "election-date" › preferred: must point at one of the variants');
  });

  it("rejects a file that is not an object of collections", () => {
    expect(messageOf(() => loadDataset({ "data/bad.json": [1, 2] }, "x"))).toContain(
      "data/bad.json: must be a JSON object",
    );
    expect(messageOf(() => loadDataset({ "data/bad.json": { widgets: [] } }, "x"))).toContain(
      "data/bad.json › widgets: unknown collection",
    );
  });

  it("collects every problem instead of stopping at the first", () => {
    const run = load((f) => {
      f.events![0]!.date = "yesterday";
      f.topics![0]!.id = "Not A Slug";
    });
    try {
      run();
    } catch (error) {
      expect((error as DataValidationError).issues.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("loadDataset: malformed data, each fault named", () => {
  const big = "x".repeat(10 * 1024 * 1024);

  it("names both files of an id used twice in one collection", () => {
    const other = { topics: [{ id: "death-penalty", name: "Death penalty again" }] };
    const message = messageOf(load(() => {}, { "data/other.json": other }));
    expect(message).toContain(
      'data/other.json › topics › "death-penalty" › id: duplicate id: already used in topics (data/test.json)',
    );
  });

  it("limits the length of titles, names, summaries and notes", () => {
    expect(messageOf(load((f) => void (f.events![0]!.title = big)))).toContain(
      'events › "election-2012" › title: must be at most 300 characters',
    );
    expect(messageOf(load((f) => void (f.events![0]!.summary = big)))).toContain(
      "summary: must be at most 2,000 characters",
    );
    expect(messageOf(load((f) => void (f.people![0]!.name = "n".repeat(201))))).toContain(
      'people › "a-minister" › name: must be at most 200 characters',
    );
    expect(messageOf(load((f) => void (f.sources![0]!.notes = "n".repeat(2001))))).toContain(
      "notes: must be at most 2,000 characters",
    );
    expect(messageOf(load((f) => void (f.events![0]!.citations[0]!.locator = "p".repeat(121))))).toContain(
      "citations.0.locator: must be at most 120 characters",
    );
    // At the limit is fine.
    expect(() => load((f) => void (f.events![0]!.title = "t".repeat(300)))()).not.toThrow();
  });

  it("rejects invisible formatting, bidi and separator characters by category, naming the character", () => {
    const cases: [string, string][] = [
      ["\u061c", "U+061C, an invisible formatting character"],
      ["\u200b", "U+200B, an invisible formatting character"],
      ["\u2028", "U+2028, a line separator"],
      ["\u2029", "U+2029, a paragraph separator"],
      ["\u00ad", "U+00AD, an invisible formatting character"],
      ["\ufeff", "U+FEFF, an invisible formatting character"],
      ["\u2066", "U+2066, an invisible formatting character"],
      ["\ue000", "U+E000, a private-use character"],
      ["\u0085", "U+0085, a control character"],
      ["\udc00", "U+DC00, a lone surrogate"],
    ];
    for (const [char, named] of cases) {
      const message = messageOf(load((f) => void (f.topics![0]!.name = `Council${char}membership`)));
      expect(message, named).toContain(
        `topics › "council-membership" › name: must not contain control, invisible formatting, bidirectional or line-separator characters (${named}, at character 8)`,
      );
    }
  });

  it("allows a zero-width non-joiner or joiner between letters only", () => {
    expect(() => load((f) => void (f.topics![0]!.name = "می\u200cخواهم"))()).not.toThrow();
    expect(messageOf(load((f) => void (f.topics![0]!.name = "word \u200c space")))).toContain("U+200C");
  });

  it("rejects blank text, impossible dates and non-web URLs", () => {
    expect(messageOf(load((f) => void (f.events![0]!.title = "   ")))).toContain(
      'events › "election-2012" › title: must not be empty',
    );
    for (const date of ["2011-02-29", "2012-04-31", "2012-00", "12-11-2012"]) {
      expect(messageOf(load((f) => void (f.events![0]!.date = date))), date).toContain("date: must be a real date");
    }
    expect(() => load((f) => void (f.events![0]!.date = "2012-02-29"))()).not.toThrow();
    for (const url of ["javascript:alert(1)", "ftp://example.org/x", "data:text/html,x", "https://"]) {
      expect(messageOf(load((f) => void (f.sources![0]!.url = url))), url).toContain(
        'sources › "un-press-election" › url: must be an http(s) URL',
      );
    }
  });

  it("counts one page once, whatever the case of its host, a trailing slash, a default port or a fragment", () => {
    for (const url of [
      "https://PRESS.UN.ORG/en/2012/ga11313.doc.htm",
      "https://press.un.org/en/2012/ga11313.doc.htm/",
      "https://press.un.org:443/en/2012/ga11313.doc.htm#top",
    ]) {
      const message = messageOf(
        load(
          (f) => void f.sources!.push({ ...f.sources![0]!, id: "same-page-again", archiveSha256: "b".repeat(64), url }),
        ),
      );
      expect(message, url).toContain('sources › "same-page-again" › url: is the same as source "un-press-election"\'s');
    }
    // Another query string is another document.
    expect(() =>
      load(
        (f) =>
          void f.sources!.push({
            ...f.sources![0]!,
            id: "other-doc",
            archiveSha256: "b".repeat(64),
            url: "https://press.un.org/en/2012/ga11313.doc.htm?page=2",
          }),
      )(),
    ).not.toThrow();
  });

  it("rejects no files, files without records, and a collection named like an object's own property", () => {
    expect(messageOf(() => loadDataset({}, "x"))).toContain("no data files");
    expect(
      messageOf(() =>
        loadDataset({ "data/a.json": { $schema: "./data-file.schema.json" }, "data/b.json": { events: [] } }, "x"),
      ),
    ).toContain("no records: the data files (data/a.json, data/b.json) hold no record");
    for (const key of ["__proto__", "constructor", "toString"]) {
      const file = JSON.parse(`{"${key}": []}`) as Record<string, unknown>;
      expect(
        messageOf(() => loadDataset({ "data/odd.json": file }, "x")),
        key,
      ).toContain(`data/odd.json › ${key}: unknown collection`);
    }
  });
});
