import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { RECORD_KINDS } from "../schemas/kinds.js";
import { fixtureFile } from "../test/fixture.js";
import { createApi } from "./api.js";

// The fixture's records of each kind, written in an order that no list order keeps, and
// the order a reader expects. Every kind has a case, so a new kind must state its order.
const file = fixtureFile();
file.organizations = [
  { id: "zeta", name: "Zeta Institute", kind: "think-tank" },
  ...file.organizations!,
  { id: "aarhus", name: "aarhus University", kind: "other" },
];
file.people = [
  { ...file.people![0]!, id: "tleuberdi", name: "Mukhtar Tleuberdi" },
  { ...file.people![0]!, id: "bachelet", name: "Michelle Bachelet" },
  ...file.people!,
  { ...file.people![0]!, id: "narsee", name: "Aarti Narsee" },
];
file.sources = [
  ...file.sources!,
  {
    ...file.sources![1]!,
    id: "undated",
    url: undefined,
    published: undefined,
    title: "Undated page",
    republishes: undefined,
  },
  { ...file.sources![1]!, id: "older", url: undefined, published: "2010", title: "Older page", republishes: undefined },
];
file.topics = [...file.topics!].reverse();
file.discrepancies = [
  { ...file.discrepancies![0]!, id: "zz", title: "Title of a minister", significance: "low" },
  { ...file.discrepancies![0]!, id: "death-toll", title: "Zhanaozen death toll", significance: "high" },
  ...file.discrepancies!,
];
file.unknowns = [{ ...file.unknowns![0]!, id: "later", question: "Who chaired?" }, ...file.unknowns!];
file.uprReviews = [{ ...file.uprReviews![0]!, id: "upr-cycle-3", cycle: 3 }, ...file.uprReviews!];
file.statements = [...file.statements!].reverse();
file.events = [...file.events!].reverse();
file.votes = [{ ...file.votes![0]!, id: "later-vote", symbol: "A/HRC/RES/28/1", date: "2015-03-27" }, ...file.votes!];
file.membershipTerms = [
  {
    ...file.membershipTerms![0]!,
    id: "term-2022-2024",
    start: "2022-01-01",
    end: "2024-12-31",
    electionEventId: undefined,
  },
  ...file.membershipTerms!,
];
file.reforms = [
  {
    id: "later-reform",
    title: "B reform",
    summary: "s",
    topicIds: [],
    stages: [{ stage: "signed", date: "2021", description: "d", citations: [{ sourceId: "outlet-copy", quote: "q" }] }],
  },
  {
    id: "earlier-reform",
    title: "A reform",
    summary: "s",
    topicIds: [],
    stages: [{ stage: "signed", date: "2003", description: "d", citations: [{ sourceId: "outlet-copy", quote: "q" }] }],
  },
];
const api = createApi(loadDataset({ "data/test.json": file }, "test"));

const EXPECTED: Record<(typeof RECORD_KINDS)[number], string[]> = {
  // By publication date, oldest first; undated last.
  source: ["older", "un-press-election", "outlet-copy", "undated"],
  // By name, ignoring case.
  person: ["A Minister", "Aarti Narsee", "Michelle Bachelet", "Mukhtar Tleuberdi"],
  organization: [
    "A Watchdog",
    "aarhus University",
    "An Outlet",
    "Federative Republic of Brazil",
    "French Republic",
    "Republic of Kazakhstan",
    "United Nations",
    "Zeta Institute",
  ],
  // By date, oldest first.
  event: ["election-2012", "speech-2021"],
  statement: ["claim", "assessment"],
  "membership-term": ["term-2013-2015", "term-2022-2024"],
  // By cycle.
  "upr-review": ["upr-cycle-2", "upr-cycle-3"],
  // By review, then by number as printed, part by part.
  recommendation: ["upr-2-124-10", "upr-2-126-2"],
  vote: ["a-hrc-res-25-1", "later-vote"],
  // By the date of the first stage.
  reform: ["earlier-reform", "later-reform"],
  topic: ["Council membership", "Death penalty"],
  // Most significant first, then by title; one without a significance last.
  discrepancy: ["Zhanaozen death toll", "Title of a minister", "Date of the 2012 election"],
  unknown: ["How many votes did Kazakhstan receive in 2021?", "Who chaired?"],
};

describe("list order", () => {
  for (const kind of RECORD_KINDS) {
    it(`lists every ${kind} in its reading order, in list() and listSummaries()`, () => {
      const byName = (r: object) =>
        "name" in r
          ? r.name
          : "title" in r && kind !== "source" && kind !== "event" && kind !== "vote" && kind !== "reform"
            ? r.title
            : "question" in r
              ? r.question
              : "id" in r
                ? r.id
                : "";
      const expected = EXPECTED[kind];
      const seen = api.list(kind).map((r) => String(expected.some((e) => e.includes(" ")) ? byName(r) : r.id));
      expect(seen).toEqual(expected);
      expect(api.listSummaries(kind).map((s) => s.id)).toEqual(api.list(kind).map((r) => r.id));
    });
  }
});
