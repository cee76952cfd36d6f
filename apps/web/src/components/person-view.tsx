import type { Person } from "@kz-hrc/core";
import { api } from "../lib/data";
import { formatDate } from "../lib/format";
import { urls } from "../lib/urls";
import { CitationList } from "./citation-list";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { SummaryList } from "./summary-list";

function roleDates(role: Person["roles"][number]): string {
  if (role.start || role.end)
    return `${role.start ? formatDate(role.start) : "?"} – ${role.end ? formatDate(role.end) : "?"}`;
  return role.asOf ? `as of ${formatDate(role.asOf)}` : "";
}

/** A person: sourced roles, statements made and events taken part in. */
export function PersonView({ person }: { person: Person }) {
  const statements = api.listStatementsBySpeaker(person.id).flatMap((s) => api.getSummary(s.id) ?? []);
  const events = api.listEventsByPerson(person.id).flatMap((e) => api.getSummary(e.id) ?? []);
  return (
    <RecordShell kind="person" id={person.id} title={person.name} subtitle={person.roles[0]?.title}>
      {person.otherNames?.length ? <p>Also written: {person.otherNames.join(", ")}</p> : null}
      <section>
        <h2>Roles</h2>
        <ol className="stages">
          {person.roles.map((role, i) => (
            <li key={i}>
              <h3>
                {role.title}
                {role.organizationId ? (
                  <>
                    , <RecordLink id={role.organizationId} kind="organization" />
                  </>
                ) : null}
              </h3>
              {roleDates(role) ? <p>{roleDates(role)}</p> : null}
              <CitationList citations={role.citations} heading={null} />
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>Statements</h2>
        <SummaryList items={statements} empty="No statement by this person is in the record yet." />
      </section>
      <section>
        <h2>Events</h2>
        <SummaryList items={events} empty="No event with this person is in the record yet." />
        {events.length ? (
          <p>
            <a href={urls.timeline({ person: person.id })}>These events on the timeline</a>
          </p>
        ) : null}
      </section>
    </RecordShell>
  );
}
