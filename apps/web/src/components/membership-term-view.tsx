import { MEMBER_STATE, type MembershipTerm, termYears } from "@kz-hrc/core";
import { api } from "../lib/data";
import { countOf, formatDateRange, humanize } from "../lib/format";
import { urls } from "../lib/urls";
import { countVotes, termOf } from "../lib/votes";
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
  const votes = api.listVotesOf(MEMBER_STATE, { from: term.start, to: term.end });
  const recorded = api.listVotes().filter((v) => termOf(v)?.id === term.id);
  const counts = countVotes(recorded);
  return (
    <RecordShell
      kind="membership-term"
      id={term.id}
      title={`Council membership ${formatDateRange(term.start, term.end)}`}
    >
      {term.summary ? <p className="lede">{term.summary}</p> : null}
      <Facts
        unknownHref={unknown ? urls.record("unknown", unknown.id) : undefined}
        facts={[
          { label: "Term", value: formatDateRange(term.start, term.end) },
          {
            label: "Election",
            value: term.electionEventId ? <RecordLink id={term.electionEventId} kind="event" /> : undefined,
            expected: true,
          },
          {
            label: "Regional group",
            value: term.regionalGroup ? humanize(term.regionalGroup) : undefined,
            expected: true,
          },
          {
            label: "Votes",
            value: term.votes ? `${term.votes.received} of ${term.votes.of}` : undefined,
            expected: true,
          },
        ]}
      />
      <section aria-labelledby="votes-heading">
        <h2 id="votes-heading">How Kazakhstan voted</h2>
        {recorded.length ? (
          <p>
            Of the {countOf(recorded.length, "recorded vote")} of this term in the record, Kazakhstan voted in favour{" "}
            {counts["in-favour"]} times, against {counts.against}, and abstained {counts.abstained} times; on{" "}
            {counts.notSourced} its vote is not yet established.{" "}
            <a href={`${urls.kindIndex("vote")}?term=${termYears(term)}`}>These votes with their totals</a>
          </p>
        ) : (
          <p className="muted">No recorded vote of this term is in the record yet.</p>
        )}
        {votes.length ? <VoteList votes={votes} voter="Kazakhstan" /> : null}
      </section>
      <section>
        <h2>Events during this term</h2>
        <SummaryList items={during} empty="No event during this term is in the record yet." />
        <p>
          <a href={urls.timeline({ from: term.start.slice(0, 4), to: term.end.slice(0, 4) })}>
            These years on the timeline
          </a>
        </p>
      </section>
      <CitationList citations={term.citations} />
    </RecordShell>
  );
}
