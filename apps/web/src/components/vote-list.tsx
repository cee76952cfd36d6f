import { VOTE_LABELS, type CastVote } from "@kz-hrc/core";
import { urls } from "../lib/urls";
import { DateText } from "./date-text";

/** Recorded votes and how one member cast each: the vote first, then the date and session. */
export function VoteList({ votes, voter }: { votes: readonly CastVote[]; voter: string }) {
  return (
    <ul className="record-list">
      {votes.map(({ event, vote }) => (
        <li key={event.id}>
          <a href={urls.record("event", event.id)}>{event.title}</a>
          <span className="meta">
            {`${voter} voted: ${VOTE_LABELS[vote]} · `}
            <DateText date={event.date} />
            {event.session ? ` · ${event.session}` : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
