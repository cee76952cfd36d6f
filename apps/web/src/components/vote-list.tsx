import type { CastVote } from "@kz-hrc/core";
import { VOTE_LABELS } from "../lib/format";
import { urls } from "../lib/urls";
import { DateText } from "./date-text";

/** Recorded votes and how one state cast each: the vote first, then the date, symbol and session. */
export function VoteList({ votes, voter }: { votes: readonly CastVote[]; voter: string }) {
  return (
    <ul className="record-list">
      {votes.map(({ record, vote }) => (
        <li key={record.id}>
          <a href={urls.record("vote", record.id)}>{record.title}</a>
          <span className="meta">
            {`${voter} voted: ${VOTE_LABELS[vote]} · `}
            <DateText date={record.date} />
            {[record.symbol, record.session].filter(Boolean).map((x) => ` · ${x}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
