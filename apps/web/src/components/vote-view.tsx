import { type CouncilVote, memberPosition } from "@kz-hrc/core";
import { api } from "../lib/data";
import { humanize, VOTE_LABELS } from "../lib/format";
import { urls } from "../lib/urls";
import { memberVote } from "../lib/votes";
import { CitationList } from "./citation-list";
import { DateText } from "./date-text";
import { Facts } from "./facts";
import { MembershipContext } from "./membership-context";
import { RecordShell } from "./record-shell";
import { TopicLinks } from "./topic-links";

/** One recorded vote: what was voted on, when, the totals, and how Kazakhstan voted where a source names it. */
export function VoteView({ vote: v }: { vote: CouncilVote }) {
  const unknown = api.listUnknownsAbout({ kind: "vote", id: v.id })[0];
  const cast = memberVote(v);
  const position = memberPosition(v);
  const body = v.body === "general-assembly" ? "General Assembly" : "Human Rights Council";
  return (
    <RecordShell kind="vote" id={v.id} title={v.title} subtitle={[body, humanize(v.subject)].join(" · ")}>
      {v.summary ? <p className="lede">{v.summary}</p> : null}
      <Facts
        unknownHref={unknown ? urls.record("unknown", unknown.id) : undefined}
        facts={[
          { label: "Symbol", value: v.symbol, expected: true },
          { label: "Session", value: v.session },
          { label: "Date", value: <DateText date={v.date} /> },
          { label: "Outcome", value: v.adopted === undefined ? undefined : v.adopted ? "Adopted" : "Rejected" },
          { label: "In favour", value: v.totals?.inFavour.toString(), expected: true },
          { label: "Against", value: v.totals?.against.toString(), expected: true },
          { label: "Abstaining", value: v.totals?.abstaining.toString(), expected: true },
          {
            label: "Kazakhstan's vote",
            value: cast ? <strong>{VOTE_LABELS[cast]}</strong> : undefined,
            expected: true,
          },
          { label: "Topics", value: v.topicIds.length ? <TopicLinks ids={v.topicIds} /> : undefined },
        ]}
      />
      {v.positionNote ? <p>{v.positionNote}</p> : null}
      <MembershipContext date={v.date} />
      {position ? <CitationList citations={position.citations} heading="Where Kazakhstan's vote is named" /> : null}
      <CitationList citations={v.citations} />
      <p>
        <a href={urls.kindIndex("vote")}>Every recorded vote</a>
      </p>
    </RecordShell>
  );
}
