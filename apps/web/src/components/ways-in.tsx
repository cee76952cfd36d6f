import { api } from "../lib/data";
import { countOf } from "../lib/format";
import { urls } from "../lib/urls";
import { memberVote } from "../lib/votes";

/** The home page's ways in to what readers ask most: contested claims, votes, recommendations, disagreements. */
export function WaysIn() {
  const claims = api.listStatements().filter((s) => api.listAssessmentsOf(s.id).length > 0);
  const contradicted = claims.filter((s) =>
    api.listAssessmentsOf(s.id).some((a) => a.relation === "contradicts"),
  ).length;
  const votes = api.listVotes();
  const sourcedVotes = votes.filter((v) => memberVote(v) !== undefined).length;
  const entries = [
    {
      href: urls.claims({ assessment: "contradicted" }),
      title: "Contested claims",
      text: `${countOf(contradicted, "official claim")} that an independent assessment contradicts, among ${countOf(claims.length, "claim")} set beside assessments.`,
    },
    {
      href: urls.kindIndex("vote"),
      title: "Council votes",
      text: `${countOf(votes.length, "recorded vote")}; Kazakhstan's vote is sourced for ${sourcedVotes}.`,
    },
    {
      href: urls.kindIndex("recommendation"),
      title: "UPR recommendations",
      text: `${countOf(api.listRecommendations().length, "recommendation")} to Kazakhstan, verbatim, with its responses.`,
    },
    {
      href: urls.kindIndex("discrepancy"),
      title: "Where sources disagree",
      text: `${countOf(api.listDiscrepancies().length, "discrepancy", "discrepancies")}, by area, the most significant first.`,
    },
    {
      href: urls.kindIndex("unknown"),
      title: "Not yet established",
      text: `${countOf(api.listUnknowns().length, "open question")}, with where each was looked for.`,
    },
  ];
  return (
    <ul className="ways-in">
      {entries.map((e) => (
        <li key={e.href}>
          <a href={e.href}>{e.title}</a>
          <span className="meta">{e.text}</span>
        </li>
      ))}
    </ul>
  );
}
