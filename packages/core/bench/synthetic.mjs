/**
 * A synthetic data file of about `total` records with the shape and cross-references of
 * the real one, for benchmarks. Deterministic: the same total gives the same data.
 */
const DOMAIN =
  "council human rights review kazakhstan election membership reform death penalty torture assembly expression gender quota court commissioner dialogue resolution parliament report recommendation session geneva ministry statement".split(
    " ",
  );
// A Zipf-like vocabulary of 5,000 words with the domain words spread over ranks 10–1,000,
// so that common words match many records and rare ones few, as in real text.
const WORDS = Array.from({ length: 5000 }, (_, rank) => `w${rank.toString(36)}x`);
DOMAIN.forEach((word, i) => (WORDS[10 + i * 40] = word));
const CUMULATIVE = (() => {
  let sum = 0;
  const weights = WORDS.map((_, rank) => (sum += 1 / (rank + 1) ** 1.07));
  return weights.map((w) => w / sum);
})();
const PERSPECTIVES = [
  "kazakh-government",
  "kazakh-state-affiliated-media",
  "independent-media",
  "intergovernmental",
  "foreign-government",
  "civil-society",
  "academic",
];
const EVENT_KINDS = ["election", "upr-review", "high-level-segment", "law", "resolution", "report", "conference"];

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function syntheticFile(total = 100_000) {
  const random = rng(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const word = () => {
    const r = random();
    let lo = 0;
    let hi = CUMULATIVE.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((CUMULATIVE[mid] ?? 1) < r) lo = mid + 1;
      else hi = mid;
    }
    return WORDS[lo];
  };
  const words = (n) => Array.from({ length: n }, word).join(" ");
  const date = () =>
    `${2006 + Math.floor(random() * 20)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  const n = {
    organizations: Math.round(total * 0.02),
    people: Math.round(total * 0.05),
    sources: Math.round(total * 0.13),
    topics: 100,
  };
  n.events = Math.round(total * 0.4);
  n.statements = total - n.organizations - n.people - n.sources - n.topics - n.events;
  const cite = () => {
    const q = words(8);
    return { sourceId: `source-${Math.floor(random() * n.sources)}`, quote: q };
  };
  const organizations = Array.from({ length: n.organizations }, (_, i) => ({
    id: `org-${i}`,
    name: `Organization ${i} ${words(2)}`,
    kind: "ngo",
  }));
  const topics = Array.from({ length: n.topics }, (_, i) => ({ id: `topic-${i}`, name: `Topic ${i} ${words(1)}` }));
  const sources = Array.from({ length: n.sources }, (_, i) => ({
    id: `source-${i}`,
    title: `Source ${i}: ${words(6)}`,
    publisherId: `org-${i % n.organizations}`,
    published: date(),
    language: "en",
    kind: "news",
    perspective: pick(PERSPECTIVES),
    ...(i > 10 && i % 7 === 0 ? { republishes: `source-${i - 1}` } : {}),
  }));
  const people = Array.from({ length: n.people }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i} ${words(1)}`,
    roles: [{ title: `Role ${words(2)}`, organizationId: `org-${i % n.organizations}`, citations: [cite()] }],
  }));
  const events = Array.from({ length: n.events }, (_, i) => ({
    id: `event-${i}`,
    title: `Event ${i}: ${words(5)}`,
    kind: pick(EVENT_KINDS),
    date: date(),
    participants: [{ personId: `person-${i % n.people}`, role: "speaker" }],
    topicIds: [`topic-${i % n.topics}`],
    summary: words(20),
    citations: [cite()],
  }));
  const statements = Array.from({ length: n.statements }, (_, i) => {
    const citation = cite();
    return {
      id: `statement-${i}`,
      speakerId: `person-${i % n.people}`,
      eventId: `event-${i % n.events}`,
      date: date(),
      quote: citation.quote,
      kind: "position",
      topicIds: [`topic-${i % n.topics}`],
      assesses:
        i > 0 && i % 10 === 0
          ? [{ statementId: `statement-${i - 1}`, relation: "context", note: "Synthetic link." }]
          : [],
      citations: [citation],
    };
  });
  return { organizations, topics, sources, people, events, statements };
}
