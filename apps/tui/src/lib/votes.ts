import {
  type Api,
  type CastVote,
  type CouncilVote,
  MEMBER_STATE,
  type MembershipTerm,
  plural,
  type VOTES,
} from "@kz-hrc/core";

/** How Kazakhstan voted on the recorded votes of a period, and the votes where no source says. */
export interface VotesInPeriod {
  cast: readonly CastVote[];
  /** Recorded votes of the period in which no source names Kazakhstan's vote. */
  unsourced: readonly CouncilVote[];
  count: Readonly<Record<(typeof VOTES)[number] | "not-sourced", number>>;
  total: number;
  /** "2 in favour, 1 against, 0 abstained, 3 not sourced". */
  counts: string;
}

/** The recorded votes dated within a range, in core's list order. */
export function votesBetween(api: Api, from?: string, to?: string): readonly CouncilVote[] {
  const inRange = new Set(
    api.listRecords({ kinds: ["vote"], ...(from ? { from } : {}), ...(to ? { to } : {}) }).map((s) => s.id),
  );
  return api.listVotes().filter((v) => inRange.has(v.id));
}

/** Kazakhstan's votes during a membership term, counted. */
export function termVotes(api: Api, term: Pick<MembershipTerm, "start" | "end">): VotesInPeriod {
  const cast = api.listVotesOf(MEMBER_STATE, { from: term.start, to: term.end });
  const castIds = new Set(cast.map((c) => c.record.id));
  const unsourced = votesBetween(api, term.start, term.end).filter((v) => !castIds.has(v.id));
  const count = {
    "in-favour": cast.filter((c) => c.vote === "in-favour").length,
    against: cast.filter((c) => c.vote === "against").length,
    abstained: cast.filter((c) => c.vote === "abstained").length,
    "not-sourced": unsourced.length,
  };
  const counts = `${count["in-favour"]} in favour, ${count.against} against, ${count.abstained} abstained, ${count["not-sourced"]} not sourced (${plural(cast.length + unsourced.length, "recorded vote")})`;
  return { cast, unsourced, count, total: cast.length + unsourced.length, counts };
}
