import type { MembershipTerm } from "@kz-hrc/core";
import { api } from "../lib/data";
import { formatDateRange, humanize } from "../lib/format";
import { urls } from "../lib/urls";
import { CitationList } from "./citation-list";
import { Facts } from "./facts";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { SummaryList } from "./summary-list";
import { VoteList } from "./vote-list";

/** A membership term: dates, election, votes, and what happened during it. */
export function MembershipTermView({ term }: { term: MembershipTerm }) {
  const unknown = api.listUnknownsAbout({ kind: "membership-term", id: term.id })[0];
  const during = api.listTimeline({ from: term.start, to: term.end }).flatMap((e) => api.getSummary(e.id) ?? []);
  const votes = api.listVotesOf("kazakhstan", { from: term.start, to: term.end });
  return (
    <RecordShell kind="membership-term" id={term.id} title={`Council membership ${formatDateRange(term.start, term.end)}`}>
      {term.summary ? <p className="lede">{term.summary}</p> : null}
      <Facts
        unknownHref={unknown ? urls.record("unknown", unknown.id) : undefined}
        facts={[
          { label: "Term", value: formatDateRange(term.start, term.end) },
          { label: "Election", value: term.electionEventId ? <RecordLink id={term.electionEventId} kind="event" /> : undefined, expected: true },
          { label: "Regional group", value: term.regionalGroup ? humanize(term.regionalGroup) : undefined, expected: true },
          { label: "Votes", value: term.votes ? `${term.votes.received} of ${term.votes.of}` : undefined, expected: true },
        ]}
      />
      {votes.length ? (
        <section aria-labelledby="votes-heading">
          <h2 id="votes-heading">How Kazakhstan voted</h2>
          <p>Recorded votes of this term for which a source read names Kazakhstan&apos;s vote; votes looked for and not established are listed as unknowns.</p>
          <VoteList votes={votes} voter="Kazakhstan" />
        </section>
      ) : null}
      <section>
        <h2>Events during this term</h2>
        <SummaryList items={during} empty="No event during this term is in the record yet." />
        <p>
          <a href={urls.timeline({ from: term.start.slice(0, 4), to: term.end.slice(0, 4) })}>These years on the timeline</a>
        </p>
      </section>
      <CitationList citations={term.citations} />
    </RecordShell>
  );
}
