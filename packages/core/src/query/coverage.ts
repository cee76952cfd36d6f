import type { VoteCast } from "../schemas/council-vote.js";
import type { Dataset } from "../schemas/dataset.js";
import type { RecordRef } from "../schemas/primitives.js";
import type { Perspective } from "../schemas/source.js";
import { PERSPECTIVES } from "../schemas/vocabulary.js";
import { termYears } from "../text/wording.js";
import { memberPosition } from "./member.js";

/** One part of the record: what it holds, line by line, and what is recorded as unknown. */
export interface CoveragePart {
  id: string;
  title: string;
  holds: string[];
  unknowns: { id: string; question: string }[];
}

/** What the record holds, part by part, and where its sources come from. */
export interface CoverageReport {
  version: string;
  parts: CoveragePart[];
  sourcesByPerspective: Record<Perspective, number>;
  sources: number;
  /** Distinct origins: republications of one text count once. */
  origins: number;
  unDocuments: number;
  discrepancies: number;
  unknowns: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Builds the coverage report of a dataset. */
export function coverageReport(data: Dataset): CoverageReport {
  const kindOf = new Map<string, string>();
  for (const e of data.events) kindOf.set(e.id, e.kind);
  const touches = (about: readonly RecordRef[], test: (ref: RecordRef) => boolean) => about.some(test);
  const unknownsWhere = (test: (ref: RecordRef) => boolean) =>
    data.unknowns.filter((u) => touches(u.about, test)).map((u) => ({ id: u.id, question: u.question }));
  const eventIs =
    (...kinds: string[]) =>
    (ref: RecordRef) =>
      ref.kind === "event" && kinds.includes(kindOf.get(ref.id) ?? "");
  const topicIs = (id: string) => (ref: RecordRef) => ref.kind === "topic" && ref.id === id;

  const elections = data.events.filter((e) => e.kind === "election");
  const terms = data.membershipTerms;
  const sessionKinds = ["high-level-segment", "council-session"];
  const sessions = data.events.filter((e) => sessionKinds.includes(e.kind));
  const sessionIds = new Set(sessions.map((e) => e.id));
  const sessionStatements = data.statements.filter((s) => s.eventId && sessionIds.has(s.eventId));
  const years = [...new Set(sessions.map((e) => e.date.slice(0, 4)))].sort();
  const assessments = data.statements.filter((s) => s.assesses.length > 0);
  const links = assessments.flatMap((s) => s.assesses);
  const january = data.events.filter((e) => e.topicIds.includes("january-2022-events"));
  const unBodies = new Set(data.organizations.filter((o) => o.kind === "un-body").map((o) => o.id));
  // A treaty body's review of Kazakhstan is a report event in which a UN body takes part.
  const treatyBodyReviews = data.events.filter(
    (e) =>
      e.kind === "report" &&
      e.participants.some((p) => p.organizationId !== undefined && unBodies.has(p.organizationId)),
  );
  const visits = data.events.filter((e) => e.kind === "visit");
  // Recorded votes, and those in which a source names how Kazakhstan, as a member, voted.
  const kazakhstanVotes = data.votes.flatMap((v) => memberPosition(v)?.vote ?? []);
  const voteCount = (vote: VoteCast) => kazakhstanVotes.filter((v) => v === vote).length;
  const otherBodiesResolutions = data.events.filter(
    (e) => e.kind === "resolution" && !e.participants.some((p) => p.organizationId === "un-human-rights-council"),
  );

  const parts: CoveragePart[] = [
    {
      id: "elections",
      title: "Council elections and membership",
      holds: [
        plural(elections.length, "election"),
        plural(data.events.filter((e) => e.kind === "candidacy").length, "candidacy event"),
        plural(terms.length, "membership term") +
          (terms.length
            ? `: ${terms.map((t) => `${termYears(t, "–")}${t.votes ? ` (${t.votes.received} of ${t.votes.of} votes)` : " (votes not established)"}`).join(", ")}`
            : ""),
        plural(data.statements.filter((s) => s.topicIds.includes("council-membership")).length, "statement") +
          " on membership",
        `${plural(data.votes.length, "recorded Council vote")}, ${kazakhstanVotes.length} with Kazakhstan's vote sourced ` +
          `(${voteCount("in-favour")} in favour, ${voteCount("against")} against, ${voteCount("abstained")} abstained)`,
      ],
      unknowns: unknownsWhere(
        (r) => r.kind === "membership-term" || eventIs("election", "candidacy")(r) || topicIs("council-membership")(r),
      ),
    },
    {
      id: "upr",
      title: "Universal Periodic Review",
      holds: [
        plural(data.uprReviews.length, "review") +
          (data.uprReviews.length ? ` (cycles ${data.uprReviews.map((u) => u.cycle).join(", ")})` : ""),
        ...data.uprReviews.map((u) => {
          const r = u.recommendations;
          const count = (n: number | undefined, what: string) =>
            n === undefined ? `${what} count not established` : `${n} ${what}`;
          const counts = r
            ? [count(r.received, "recommendations"), count(r.supported, "supported"), count(r.noted, "noted")].join(
                ", ",
              )
            : "no stated counts";
          const items = data.recommendations.filter((x) => x.reviewId === u.id);
          const supported = items.filter((x) => x.response.startsWith("supported")).length;
          const noted = items.filter((x) => x.response === "noted").length;
          const itemized = `${plural(items.length, "recommendation")} recorded as items${u.recommendationsItemized === "all" ? " (all of the report's)" : ""}: ${supported} supported, ${noted} noted`;
          return `cycle ${u.cycle}: ${u.reviewDate ?? "review date not established"}, ${plural(u.documents.length, "document")}, ${counts}; ${itemized}`;
        }),
        plural(data.statements.filter((s) => s.kind === "recommendation").length, "quoted recommendation"),
      ],
      unknowns: unknownsWhere(
        (r) =>
          r.kind === "upr-review" ||
          eventIs("upr-review", "upr-adoption")(r) ||
          topicIs("universal-periodic-review")(r),
      ),
    },
    {
      id: "statements",
      title: "Statements at Council sessions",
      holds: [
        plural(sessions.length, "session event") +
          (years.length ? ` in ${plural(years.length, "year")} (${years.join(", ")})` : ""),
        `${plural(sessionStatements.length, "statement")} made at them`,
      ],
      unknowns: unknownsWhere(eventIs(...sessionKinds)),
    },
    {
      id: "reforms",
      title: "Reforms as staged processes",
      holds: [
        plural(data.reforms.length, "reform"),
        ...data.reforms.map((r) => `${r.title}: ${plural(r.stages.length, "dated stage")}`),
      ],
      unknowns: unknownsWhere((r) => r.kind === "reform"),
    },
    {
      id: "assessments",
      title: "Independent assessments",
      holds: [
        plural(assessments.length, "assessment") +
          ` linked to claims (${plural(links.length, "link")}: ` +
          ["supports", "contradicts", "context"]
            .map((rel) => `${links.filter((l) => l.relation === rel).length} ${rel}`)
            .join(", ") +
          ")",
        `${plural(otherBodiesResolutions.length, "resolution")} of other bodies (such as the European Parliament)`,
        `${plural(treatyBodyReviews.length, "review")} by UN treaty bodies`,
        `${plural(visits.length, "country visit")} by UN mechanisms and officials`,
        `${plural(january.length, "event")} on January 2022`,
      ],
      unknowns: unknownsWhere((r) => eventIs("resolution", "report", "visit")(r) || topicIs("january-2022-events")(r)),
    },
    {
      id: "discrepancies",
      title: "Discrepancies and unknowns",
      holds: [
        plural(data.discrepancies.length, "discrepancy", "discrepancies"),
        plural(data.unknowns.length, "unknown"),
      ],
      unknowns: [],
    },
  ];
  // Unknowns that no part above claims are listed under the last part, so none is lost.
  const listed = new Set(parts.flatMap((p) => p.unknowns.map((u) => u.id)));
  parts[parts.length - 1]?.unknowns.push(
    ...data.unknowns.filter((u) => !listed.has(u.id)).map((u) => ({ id: u.id, question: u.question })),
  );

  const sourcesByPerspective = Object.fromEntries(PERSPECTIVES.map((p) => [p, 0])) as Record<Perspective, number>;
  for (const s of data.sources) sourcesByPerspective[s.perspective] += 1;
  const origins = new Set(
    data.sources.map((s) => {
      let current = s;
      const seen = new Set<string>();
      while (current.republishes && !seen.has(current.id)) {
        seen.add(current.id);
        current = data.sources.find((o) => o.id === current.republishes) ?? current;
      }
      return current.id;
    }),
  ).size;
  return {
    version: data.version,
    parts,
    sourcesByPerspective,
    sources: data.sources.length,
    origins,
    unDocuments: data.sources.filter((s) => s.kind === "un-document").length,
    discrepancies: data.discrepancies.length,
    unknowns: data.unknowns.length,
  };
}

/** The report as plain text, for the terminal. */
export function formatCoverageReport(report: CoverageReport): string {
  const lines = [`Coverage of the record (dataset ${report.version})`, ""];
  for (const part of report.parts) {
    lines.push(part.title);
    for (const line of part.holds) lines.push(`  holds: ${line}`);
    for (const u of part.unknowns) lines.push(`  not yet established: ${u.question} [${u.id}]`);
    lines.push("");
  }
  lines.push(
    `Sources: ${report.sources} (${report.origins} distinct origins), of which ${report.unDocuments} UN documents`,
  );
  for (const [perspective, count] of Object.entries(report.sourcesByPerspective))
    lines.push(`  ${perspective}: ${count}`);
  return lines.join("\n");
}
