import type { Organization } from "@kz-hrc/core";
import { api } from "../lib/data";
import { humanize } from "../lib/format";
import { urls } from "../lib/urls";
import { CitationList } from "./citation-list";
import { Facts } from "./facts";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { SummaryList } from "./summary-list";

/** An organization: what it is, what it published, said and took part in. */
export function OrganizationView({ organization }: { organization: Organization }) {
  const summaries = (ids: readonly { id: string }[]) => ids.flatMap((r) => api.getSummary(r.id) ?? []);
  const published = summaries(api.listSources().filter((s) => s.publisherId === organization.id));
  const statements = summaries(api.listStatementsByOrganization(organization.id));
  const events = summaries(api.listEventsByOrganization(organization.id));
  const parts = summaries(api.listOrganizations().filter((o) => o.parentId === organization.id));
  return (
    <RecordShell
      kind="organization"
      id={organization.id}
      title={organization.name}
      subtitle={humanize(organization.kind)}
    >
      {organization.description ? <p className="lede">{organization.description}</p> : null}
      <Facts
        facts={[
          { label: "Short name", value: organization.shortName },
          { label: "Kind", value: humanize(organization.kind) },
          { label: "Country", value: organization.country },
          {
            label: "Part of",
            value: organization.parentId ? <RecordLink id={organization.parentId} kind="organization" /> : undefined,
          },
          {
            label: "Website",
            value: organization.url ? (
              <a href={organization.url} rel="external noopener noreferrer">
                {organization.url}
              </a>
            ) : undefined,
          },
        ]}
      />
      {parts.length ? (
        <section>
          <h2>Bodies within it</h2>
          <SummaryList items={parts} />
        </section>
      ) : null}
      <section>
        <h2>Statements</h2>
        <SummaryList items={statements} empty="No statement by or for this organization is in the record yet." />
      </section>
      <section>
        <h2>Events</h2>
        <SummaryList items={events} empty="No event with this organization is in the record yet." />
        {events.length ? (
          <p>
            <a href={urls.timeline({ org: organization.id })}>These events on the timeline</a>
          </p>
        ) : null}
      </section>
      {published.length ? (
        <section>
          <h2>Sources it published</h2>
          <SummaryList items={published} />
        </section>
      ) : null}
      <CitationList citations={organization.citations ?? []} />
    </RecordShell>
  );
}
