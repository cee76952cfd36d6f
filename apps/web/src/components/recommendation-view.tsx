import type { Recommendation } from "@kz-hrc/core";
import { api } from "../lib/data";
import { RESPONSE_LABELS } from "../lib/format";
import { recommendationQuote } from "../lib/quotes";
import { langAttribute } from "../lib/text";
import { urls } from "../lib/urls";
import { CitationList } from "./citation-list";
import { Facts } from "./facts";
import { Translation } from "./quote-text";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { SummaryList } from "./summary-list";
import { TopicLinks } from "./topic-links";

/** One UPR recommendation: its words verbatim, who made it, how Kazakhstan answered, and what bears on it. */
export function RecommendationView({ recommendation: r }: { recommendation: Recommendation }) {
  const review = api.getUprReview(r.reviewId);
  const unknown = api.listUnknownsAbout({ kind: "recommendation", id: r.id })[0];
  const related = r.related.flatMap((ref) => api.getSummary(ref.id) ?? []);
  const title = `Recommendation ${r.number ?? ""}`.trim() + (review ? ` of UPR cycle ${review.cycle}` : "");
  const source = api.getSource(r.citations[0]?.sourceId ?? "");
  const quote = recommendationQuote(r);
  return (
    <RecordShell kind="recommendation" id={r.id} title={title} subtitle={RESPONSE_LABELS[r.response]}>
      <blockquote className="recommendation-text">
        <p lang={langAttribute(quote.language)}>{r.text}</p>
        {source ? (
          <footer>
            Verbatim from <a href={urls.record("source", source.id)}>{source.unSymbol ?? source.title}</a>
            {r.number ? `, paragraph ${r.number}` : ""}
          </footer>
        ) : null}
      </blockquote>
      {quote.translation ? <Translation language={quote.language} text={quote.translation} /> : null}
      <Facts
        unknownHref={unknown ? urls.record("unknown", unknown.id) : undefined}
        facts={[
          { label: "Review", value: review ? <RecordLink id={review.id} kind="upr-review" /> : r.reviewId },
          { label: "Number in the report", value: r.number, expected: true },
          {
            label: r.recommendingStateIds.length > 1 ? "Recommending states" : "Recommending state",
            value: r.recommendingStateIds.map((id, i) => (
              <span key={id}>
                {i > 0 ? ", " : null}
                <RecordLink id={id} kind="organization" />
              </span>
            )),
          },
          {
            label: "Kazakhstan's response",
            value: r.response === "unknown" ? undefined : RESPONSE_LABELS[r.response],
            expected: true,
          },
          { label: "Topics", value: r.topicIds.length ? <TopicLinks ids={r.topicIds} /> : undefined },
        ]}
      />
      {r.note ? <p>{r.note}</p> : null}
      {related.length ? (
        <section>
          <h2>Related records</h2>
          <SummaryList items={related} showKind />
        </section>
      ) : null}
      {review ? (
        <p>
          <a href={`${urls.record("upr-review", review.id)}#recommendations`}>
            Every recommendation of cycle {review.cycle}
          </a>{" "}
          · <a href={urls.kindIndex("recommendation")}>All recommendations</a>
        </p>
      ) : null}
      <CitationList citations={api.listCitationsOf({ kind: "recommendation", id: r.id })} />
    </RecordShell>
  );
}
