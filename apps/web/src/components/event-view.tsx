import type { Event } from "@kz-hrc/core";
import { api } from "../lib/data";
import { formatDateRange, humanize } from "../lib/format";
import { urls } from "../lib/urls";
import { CitationList } from "./citation-list";
import { Facts } from "./facts";
import { MembershipContext } from "./membership-context";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { SummaryList } from "./summary-list";
import { TopicLinks } from "./topic-links";

/** An event: when, where, who, membership context, statements made there, sources. */
export function EventView({ event }: { event: Event }) {
  const statements = api.listStatementsAtEvent(event.id).flatMap((s) => api.getSummary(s.id) ?? []);
  return (
    <RecordShell kind="event" id={event.id} title={event.title} subtitle={humanize(event.kind)}>
      <p className="lede">{event.summary}</p>
      <Facts
        facts={[
          { label: "Date", value: <time dateTime={event.date}>{formatDateRange(event.date, event.endDate)}</time> },
          { label: "Kind", value: humanize(event.kind) },
          { label: "Place", value: event.place },
          { label: "Session", value: event.session },
          {
            label: "Participants",
            value: event.participants.length ? (
              <ul>
                {event.participants.map((p, i) => (
                  <li key={i}>
                    {p.personId ? <RecordLink id={p.personId} kind="person" /> : null}
                    {p.personId && p.organizationId ? ", " : null}
                    {p.organizationId ? <RecordLink id={p.organizationId} kind="organization" /> : null}: {p.role}
                  </li>
                ))}
              </ul>
            ) : undefined,
          },
          { label: "Topics", value: event.topicIds.length ? <TopicLinks ids={event.topicIds} /> : undefined },
        ]}
      />
      <MembershipContext date={event.date} session={event.session} />
      {statements.length ? (
        <section>
          <h2>Statements made at this event</h2>
          <SummaryList items={statements} />
        </section>
      ) : null}
      <p>
        <a href={urls.timeline({ type: event.kind })}>
          Other {humanize(event.kind).toLowerCase()} events on the timeline
        </a>
      </p>
      <CitationList citations={event.citations} />
    </RecordShell>
  );
}
