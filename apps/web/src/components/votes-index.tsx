import { api } from "../lib/data";
import { KIND_DESCRIPTIONS } from "../lib/format";
import { urls } from "../lib/urls";
import { voteSelects } from "../lib/votes";
import { ListFilterForm } from "./list-filter-form";
import { VoteTable } from "./vote-table";

/** Every recorded vote, newest first, filterable by term, session, topic and Kazakhstan's vote. */
export function VotesIndex() {
  const votes = [...api.listVotes()].reverse();
  return (
    <>
      <h1>Council votes</h1>
      <p className="lede">{KIND_DESCRIPTIONS.vote}</p>
      <p>
        Kazakhstan&apos;s vote is shown only where a source read names it; it is never inferred from the totals.
        Download: <a href={urls.collectionCsv("votes")}>votes.csv</a>.
      </p>
      <ListFilterForm
        id="votes-filter"
        legend="Filter the votes"
        selects={voteSelects(votes)}
        listId="votes-table"
        total={votes.length}
        noun="votes"
      />
      <VoteTable votes={votes} id="votes-table" caption="Recorded votes, newest first" />
    </>
  );
}
