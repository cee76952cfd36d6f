import type { AssessmentPair, AssessmentRelation, Statement } from "@kz-hrc/core";
import { api } from "../lib/data";
import { countOf, humanize, RELATION_LABELS } from "../lib/format";
import { statementQuote } from "../lib/quotes";
import { urls } from "../lib/urls";
import { CitationList } from "./citation-list";
import { DateText } from "./date-text";
import { Facts } from "./facts";
import { MembershipContext } from "./membership-context";
import type { ContentsEntry } from "./page-contents";
import { QuoteText } from "./quote-text";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { TopicLinks } from "./topic-links";

/** Who made a statement, in words. */
export function speakerName(statement: Statement): string {
  const person = statement.speakerId ? api.getPerson(statement.speakerId) : undefined;
  const organization = statement.organizationId ? api.getOrganization(statement.organizationId) : undefined;
  return person?.name ?? organization?.name ?? "Unknown speaker";
}

/** The order assessments are read in: those that contradict a claim first, context last. */
export const RELATION_ORDER: readonly AssessmentRelation[] = ["contradicts", "supports", "context"];

/** Headings of each group of assessments. */
export const RELATION_HEADINGS: Readonly<Record<AssessmentRelation, string>> = {
  contradicts: "Assessments that contradict the claim",
  supports: "Assessments that support the claim",
  context: "Assessments that give context",
};

function PairList({ pairs, direction }: { pairs: readonly AssessmentPair[]; direction: "of" | "by" }) {
  return (
    <ul className="record-list">
      {pairs.map(({ statement, relation, note }) => (
        <li key={statement.id}>
          <p>
            <span className="relation">
              {direction === "of"
                ? `This assessment ${RELATION_LABELS[relation]}`
                : `This statement ${RELATION_LABELS[relation].replace("the claim", "this claim")}`}
            </span>{" "}
            — {speakerName(statement)}, <DateText date={statement.date} />
          </p>
          <QuoteText text={statement.quote} quote={statementQuote(statement)} />
          <p className="muted">
            Why linked: {note} <a href={urls.record("statement", statement.id)}>Open the statement</a>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A statement: the claim beside independent assessments, grouped by how they bear on it, with context and sources. */
export function StatementView({ statement }: { statement: Statement }) {
  const event = statement.eventId ? api.getEvent(statement.eventId) : undefined;
  const assessments = api.listAssessmentsOf(statement.id);
  const assessed = api.listClaimsAssessedBy(statement.id);
  const who = speakerName(statement);
  const groups = RELATION_ORDER.map((relation) => ({
    relation,
    pairs: assessments.filter((a) => a.relation === relation),
  })).filter((g) => g.pairs.length > 0);
  const contents: ContentsEntry[] = [
    { id: "claim-heading", label: "What was said" },
    ...groups.map((g) => ({
      id: `assessments-${g.relation}`,
      label: `${RELATION_HEADINGS[g.relation]} (${g.pairs.length})`,
    })),
    ...(assessed.length ? [{ id: "bears-on-heading", label: "Claims this statement bears on" }] : []),
    { id: "sources", label: "Sources" },
  ];
  return (
    <RecordShell
      kind="statement"
      id={statement.id}
      title={`Statement by ${who}`}
      subtitle={humanize(statement.kind)}
      contents={contents}
    >
      <div className="side-by-side">
        <section aria-labelledby="claim-heading">
          <h2 id="claim-heading">What was said</h2>
          <QuoteText text={statement.quote} quote={statementQuote(statement)} />
          <p>
            — {who}, <DateText date={statement.date} />
          </p>
          {statement.summary ? <p>{statement.summary}</p> : null}
        </section>
        <section aria-labelledby="assessments-heading">
          <h2 id="assessments-heading">Independent assessments</h2>
          {assessments.length ? (
            <>
              <p className="muted">
                {countOf(assessments.length, "assessment")} linked:{" "}
                {groups
                  .map(
                    (g) =>
                      `${g.pairs.length} ${g.relation === "context" ? "giving context" : g.relation === "supports" ? "supporting" : "contradicting"}`,
                  )
                  .join(", ")}
                .
              </p>
              {groups.map((g) => (
                <section key={g.relation} aria-labelledby={`assessments-${g.relation}`} className="assessment-group">
                  <h3 id={`assessments-${g.relation}`}>{RELATION_HEADINGS[g.relation]}</h3>
                  <PairList pairs={g.pairs} direction="of" />
                </section>
              ))}
            </>
          ) : (
            <p className="muted">No assessment of this statement is linked in the record yet.</p>
          )}
        </section>
      </div>
      {assessed.length ? (
        <section aria-labelledby="bears-on-heading">
          <h2 id="bears-on-heading">Claims this statement bears on</h2>
          <PairList pairs={assessed} direction="by" />
        </section>
      ) : null}
      <Facts
        facts={[
          {
            label: "Speaker",
            value: statement.speakerId ? <RecordLink id={statement.speakerId} kind="person" /> : undefined,
          },
          {
            label: "On behalf of",
            value: statement.organizationId ? (
              <RecordLink id={statement.organizationId} kind="organization" />
            ) : undefined,
          },
          { label: "Date", value: <DateText date={statement.date} /> },
          { label: "Kind", value: humanize(statement.kind) },
          { label: "Event", value: event ? <RecordLink id={event.id} kind="event" /> : undefined },
          { label: "Topics", value: statement.topicIds.length ? <TopicLinks ids={statement.topicIds} /> : undefined },
        ]}
      />
      <MembershipContext date={statement.date} session={event?.session} />
      <div id="sources">
        <CitationList citations={statement.citations} />
      </div>
    </RecordShell>
  );
}
