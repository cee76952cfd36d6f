/** Council votes as the site groups, filters and counts them. */
import { type CouncilVote, type MembershipTerm, memberPosition, termYears, VOTES } from "@kz-hrc/core";
import type { FilterSelect } from "../components/list-filter-form";
import { api } from "./data";
import { VOTE_LABELS } from "./format";

/** Kazakhstan's vote on a recorded vote, where a source names it. */
export const memberVote = (v: CouncilVote) => memberPosition(v)?.vote;

/** The membership term a vote falls in (or straddles, for a vote dated by year), if any. */
export const termOf = (v: CouncilVote): MembershipTerm | undefined => api.membershipContext(v.date).term;

/** A term as a URL value and label: `2013-2015`. */

/** The filter values of one vote, by facet (the URL parameters). */
export function voteFacets(v: CouncilVote): Record<string, readonly string[] | string | undefined> {
  const term = termOf(v);
  return {
    term: term ? termYears(term) : "none",
    session: v.session ? v.session.toLowerCase().replace(/[^a-z0-9]+/g, "-") : undefined,
    topic: v.topicIds,
    vote: memberVote(v) ?? "not-sourced",
  };
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "en", { numeric: true });

/** The filter's selects for the votes index: only values that some vote has. */
export function voteSelects(votes: readonly CouncilVote[]): FilterSelect[] {
  const facets = votes.map(voteFacets);
  const used = (facet: string) => [...new Set(facets.flatMap((f) => f[facet] ?? []))] as string[];
  const sessions = new Map(
    votes.flatMap((v) => (v.session ? [[voteFacets(v).session as string, v.session] as const] : [])),
  );
  const casts = new Set(used("vote"));
  return [
    {
      name: "term",
      label: "Membership term",
      choices: api.listMembershipTerms().map((t) => ({ value: termYears(t), label: termYears(t, "–") })),
    },
    {
      name: "session",
      label: "Session",
      choices: [...sessions].map(([value, label]) => ({ value, label })).sort(byLabel),
    },
    {
      name: "topic",
      label: "Topic",
      choices: used("topic")
        .map((id) => ({ value: id, label: api.getSummary(id)?.title ?? id }))
        .sort(byLabel),
    },
    {
      name: "vote",
      label: "Kazakhstan's vote",
      choices: [
        ...VOTES.filter((v) => casts.has(v)).map((v) => ({ value: v, label: VOTE_LABELS[v] })),
        ...(casts.has("not-sourced") ? [{ value: "not-sourced", label: "Not established" }] : []),
      ],
    },
  ];
}

/** How Kazakhstan voted over a list of votes: in favour, against, abstained, and votes whose position is not sourced. */
export function countVotes(votes: readonly CouncilVote[]) {
  const count = (cast: string | undefined) => votes.filter((v) => memberVote(v) === cast).length;
  return {
    "in-favour": count("in-favour"),
    against: count("against"),
    abstained: count("abstained"),
    notSourced: count(undefined),
  };
}
