import type { AssessmentPair, Statement } from "@kz-hrc/core";
import { api } from "../lib/data";
import { humanize, RELATION_LABELS } from "../lib/format";
import { urls } from "../lib/urls";
import { CitationList } from "./citation-list";
import { DateText } from "./date-text";
import { Facts } from "./facts";
import { MembershipContext } from "./membership-context";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { TopicLinks } from "./topic-links";

/** Who made a statement, in words. */
export function speakerName(statement: Statement): string {
  const person = statement.speakerId ? api.getPerson(statement.speakerId) : undefined;
  const organization = statement.organizationId ? api.getOrganization(statement.organizationId) : undefined;
  return person?.name ?? organization?.name ?? "Unknown speaker";
}

function PairList({ pairs, direction }: { pairs: readonly AssessmentPair[]; direction: "of" | "by" }) {
  return (
    <ul className="record-list">
      {pairs.map(({ statement, relation, note }) => (
        <li key={statement.id}>
          <p>
            <span className="relation">
              {direction === "of" ? `This assessment ${RELATION_LABELS[relation]}` : `This statement ${RELATION_LABELS[relation].replace("the claim", "this claim")}`}
            </span>{" "}
            — {speakerName(statement)}, <DateText date={statement.date} />
          </p>
          <blockquote>
            <p>{statement.quote}</p>
          </blockquote>
          <p className="muted">
            Why linked: {note} <a href={urls.record("statement", statement.id)}>Open the statement</a>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A statement: the claim beside independent assessments, with context and sources. */
export function StatementView({ statement }: { statement: Statement }) {
  const event = statement.eventId ? api.getEvent(statement.eventId) : undefined;
  const assessments = api.listAssessmentsOf(statement.id);
  const assessed = api.listClaimsAssessedBy(statement.id);
  const who = speakerName(statement);
  return (
    <RecordShell kind="statement" id={statement.id} title={`Statement by ${who}`} subtitle={humanize(statement.kind)}>
      <div className="side-by-side">
        <section aria-labelledby="claim-heading">
          <h2 id="claim-heading">What was said</h2>
          <blockquote>
            <p>{statement.quote}</p>
          </blockquote>
          <p>
            — {who}, <DateText date={statement.date} />
          </p>
          {statement.summary ? <p>{statement.summary}</p> : null}
        </section>
        <section aria-labelledby="assessments-heading">
          <h2 id="assessments-heading">Independent assessments</h2>
          {assessments.length ? (
            <PairList pairs={assessments} direction="of" />
          ) : (
            <p className="muted">No assessment of this statement is linked in the record yet.</p>
          )}
        </section>
      </div>
      {assessed.length ? (
        <section>
          <h2>Claims this statement bears on</h2>
          <PairList pairs={assessed} direction="by" />
        </section>
      ) : null}
      <Facts
        facts={[
          { label: "Speaker", value: statement.speakerId ? <RecordLink id={statement.speakerId} kind="person" /> : undefined },
          { label: "On behalf of", value: statement.organizationId ? <RecordLink id={statement.organizationId} kind="organization" /> : undefined },
          { label: "Date", value: <DateText date={statement.date} /> },
          { label: "Kind", value: humanize(statement.kind) },
          { label: "Event", value: event ? <RecordLink id={event.id} kind="event" /> : undefined },
          { label: "Topics", value: statement.topicIds.length ? <TopicLinks ids={statement.topicIds} /> : undefined },
        ]}
      />
      <MembershipContext date={statement.date} session={event?.session} />
      <CitationList citations={statement.citations} />
    </RecordShell>
  );
}
