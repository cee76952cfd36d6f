import type { CouncilVote } from "@kz-hrc/core";
import { VOTE_LABELS } from "../lib/format";
import { listItemAttributes } from "../lib/list-filter";
import { urls } from "../lib/urls";
import { memberVote, voteFacets } from "../lib/votes";
import { DateText } from "./date-text";

/** Recorded votes as a table: symbol, title, date, totals and Kazakhstan's vote; rows carry their filter values. */
export function VoteTable({ votes, id, caption }: { votes: readonly CouncilVote[]; id?: string; caption: string }) {
  if (votes.length === 0) return <p className="muted">No recorded vote is in the record yet.</p>;
  return (
    <div className="table-wrap">
      <table className="vote-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Vote</th>
            <th scope="col">Date</th>
            <th scope="col">
              <abbr title="In favour – against – abstaining">Totals</abbr>
            </th>
            <th scope="col">Kazakhstan</th>
          </tr>
        </thead>
        <tbody>
          {votes.map((v) => {
            const cast = memberVote(v);
            return (
              <tr key={v.id} data-filter-item="" {...listItemAttributes(voteFacets(v))}>
                <th scope="row">
                  <a href={urls.record("vote", v.id)}>{v.title}</a>
                  <span className="meta">{[v.symbol, v.session].filter(Boolean).join(" · ")}</span>
                </th>
                <td>
                  <DateText date={v.date} />
                </td>
                <td>
                  {v.totals ? (
                    `${v.totals.inFavour}–${v.totals.against}–${v.totals.abstaining}`
                  ) : (
                    <span className="muted">not given</span>
                  )}
                </td>
                <td>
                  {cast ? (
                    <strong className={`vote vote--${cast}`}>{VOTE_LABELS[cast]}</strong>
                  ) : (
                    <span className="muted">not yet established</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
