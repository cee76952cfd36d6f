#!/usr/bin/env node
/**
 * A deterministic synthetic dataset of any size, valid against core's schemas and
 * integrity checks. Used to measure build time per page and to develop against a
 * full record. Every title says "Synthetic" so that nobody mistakes it for the record.
 *
 *   node bench/synthetic.mjs 200 > /tmp/synthetic.json
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const EVENT_KINDS = [
  "election",
  "upr-review",
  "upr-adoption",
  "council-session",
  "high-level-segment",
  "law",
  "ratification",
  "report",
  "conference",
];
const STATEMENT_KINDS = ["commitment", "achievement-claim", "assessment", "criticism", "recommendation", "position"];
const PERSPECTIVES = [
  "kazakh-government",
  "kazakh-state-affiliated-media",
  "independent-media",
  "intergovernmental",
  "foreign-government",
  "civil-society",
  "academic",
];
const SOURCE_KINDS = ["news", "press-release", "un-document", "ngo-report", "analysis"];
const WORDS = [
  "council",
  "review",
  "torture",
  "press",
  "freedom",
  "assembly",
  "courts",
  "elections",
  "reform",
  "prisons",
  "labour",
  "women",
  "children",
  "media",
  "religion",
  "minorities",
  "police",
  "justice",
];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, "0");

/** Builds one data file holding every collection, `size` events and statements. */
export function syntheticDataset(size) {
  const rand = random(size);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const count = (n) => Math.max(2, Math.round(n));
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const dateIn = (from, to) => {
    const year = from + Math.floor(rand() * (to - from + 1));
    const precision = rand();
    if (precision < 0.1) return String(year);
    if (precision < 0.25) return `${year}-${pad(1 + Math.floor(rand() * 12))}`;
    return `${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
  };

  const topics = Array.from({ length: 12 }, (_, i) => ({
    id: `synthetic-topic-${i}`,
    name: `Synthetic topic ${i} (${WORDS[i]})`,
    description: `Records about ${WORDS[i]}.`,
  }));
  const organizations = Array.from({ length: count(10 + size / 20) }, (_, i) => ({
    id: `synthetic-org-${i}`,
    name: `Synthetic organization ${i}`,
    kind: pick(["state", "un-body", "ministry", "ngo", "media", "think-tank"]),
  }));
  const sources = Array.from({ length: count(size / 2) }, (_, i) => {
    const source = {
      id: `synthetic-source-${i}`,
      title: `Synthetic source ${i}: ${words(4)}`,
      publisherId: pick(organizations).id,
      url: `https://example.org/synthetic/${i}`,
      published: dateIn(2006, 2025),
      language: "en",
      kind: pick(SOURCE_KINDS),
      perspective: pick(PERSPECTIVES),
    };
    if (i > 3 && rand() < 0.1) source.republishes = `synthetic-source-${Math.floor(rand() * (i - 1))}`;
    return source;
  });
  const cite = () => [{ sourceId: pick(sources).id, quote: `Synthetic quote about ${words(6)}.` }];
  const people = Array.from({ length: count(size / 10) }, (_, i) => ({
    id: `synthetic-person-${i}`,
    name: `Synthetic Person ${i}`,
    roles: [
      {
        title: `Synthetic role ${i}`,
        organizationId: pick(organizations).id,
        asOf: dateIn(2006, 2025),
        citations: cite(),
      },
    ],
  }));
  const events = Array.from({ length: size }, (_, i) => ({
    id: `synthetic-event-${i}`,
    title: `Synthetic event ${i}: ${words(3)}`,
    kind: pick(EVENT_KINDS),
    date: dateIn(2006, 2025),
    session: rand() < 0.5 ? `HRC ${1 + Math.floor(rand() * 58)}` : undefined,
    participants: [
      { personId: pick(people).id, role: "speaker" },
      { organizationId: pick(organizations).id, role: "host" },
    ],
    topicIds: [pick(topics).id, pick(topics).id].filter((v, j, all) => all.indexOf(v) === j),
    summary: `A synthetic event about ${words(8)}.`,
    citations: cite(),
  }));
  const statements = Array.from({ length: size }, (_, i) => {
    const quote = `Synthetic statement ${i} on ${words(10)}.`;
    const statement = {
      id: `synthetic-statement-${i}`,
      speakerId: pick(people).id,
      organizationId: pick(organizations).id,
      eventId: pick(events).id,
      date: dateIn(2006, 2025),
      quote,
      kind: pick(STATEMENT_KINDS),
      topicIds: [pick(topics).id],
      assesses: [],
      citations: [{ sourceId: pick(sources).id, quote }],
    };
    if (i > 0 && rand() < 0.3) {
      statement.assesses.push({
        statementId: `synthetic-statement-${Math.floor(rand() * i)}`,
        relation: pick(["supports", "contradicts", "context"]),
        note: "Synthetic link between two statements.",
      });
    }
    return statement;
  });
  const membershipTerms = [
    {
      id: "synthetic-term-2013",
      start: "2013-01-01",
      end: "2015-12-31",
      regionalGroup: "asia-pacific",
      citations: cite(),
    },
    {
      id: "synthetic-term-2022",
      start: "2022-01-01",
      end: "2024-12-31",
      regionalGroup: "asia-pacific",
      votes: { received: 182, of: 193 },
      citations: cite(),
    },
  ];
  const uprReviews = [2010, 2014, 2019, 2024].map((year, i) => ({
    id: `synthetic-upr-${i + 1}`,
    cycle: i + 1,
    reviewDate: `${year}-0${i + 1}-1${i}`,
    headOfDelegationId: pick(people).id,
    troikaIds: [pick(organizations).id],
    documents: [{ symbol: `A/HRC/${13 + i * 10}/${i + 10}`, kind: "working-group-report" }],
    recommendations: { received: 100 + i * 40, supported: 80 + i * 30, noted: 20 + i * 10 },
    citations: cite(),
  }));
  const reforms = Array.from({ length: count(size / 20) }, (_, i) => ({
    id: `synthetic-reform-${i}`,
    title: `Synthetic reform ${i}`,
    summary: `A synthetic staged reform about ${words(4)}.`,
    topicIds: [pick(topics).id],
    stages: [
      { stage: "signed", date: `${2008 + (i % 10)}-03-01`, description: "Signed.", citations: cite() },
      { stage: "ratified", date: `${2009 + (i % 10)}-06`, description: "Ratified.", citations: cite() },
      { stage: "in-force", date: `${2010 + (i % 10)}`, description: "In force.", citations: cite() },
    ],
  }));
  const discrepancies = Array.from({ length: count(size / 20) }, (_, i) => ({
    id: `synthetic-discrepancy-${i}`,
    title: `Synthetic discrepancy ${i}`,
    about: [{ kind: "event", id: pick(events).id }],
    field: "date",
    variants: [
      { value: "12 November", citations: cite() },
      { value: "13 November", citations: cite() },
    ],
    preferred: 0,
    reason: "The primary document gives this date.",
  }));
  const unknowns = Array.from({ length: count(size / 20) }, (_, i) => ({
    id: `synthetic-unknown-${i}`,
    question: `Synthetic unknown ${i}: how many votes?`,
    about: [{ kind: "event", id: pick(events).id }],
    searched: ["Synthetic archive"],
    checkedOn: "2026-11-23",
  }));
  const strip = (records) => JSON.parse(JSON.stringify(records));
  return strip({
    sources,
    people,
    organizations,
    events,
    statements,
    membershipTerms,
    uprReviews,
    reforms,
    topics,
    discrepancies,
    unknowns,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 100);
  const out = process.argv[3];
  const json = JSON.stringify(syntheticDataset(size));
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
}
