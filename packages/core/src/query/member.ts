import type { CouncilVote, VotePosition } from "../schemas/council-vote.js";

/** The state whose engagement with the Council the record follows (an organization id). */
export const MEMBER_STATE = "kazakhstan";

/** Kazakhstan's position on a recorded vote, where a source names it. */
export const memberPosition = (vote: Pick<CouncilVote, "positions">): VotePosition | undefined =>
  vote.positions.find((p) => p.stateId === MEMBER_STATE);
