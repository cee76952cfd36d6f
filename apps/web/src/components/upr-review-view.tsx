import type { UprReview } from "@kz-hrc/core";
import { api } from "../lib/data";
import { humanize } from "../lib/format";
import { countResponses } from "../lib/recommendations";
import { urls } from "../lib/urls";
import { CitationList } from "./citation-list";
import { DateText } from "./date-text";
import { Facts } from "./facts";
import { MembershipContext } from "./membership-context";
import { RecommendationList } from "./recommendation-list";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { SummaryList } from "./summary-list";

/** A stated count, with the count of the recorded items beside it when they differ or when none is stated. */
function stated(value: number | undefined, items: number): string | undefined {
  if (value === undefined) return items ? `${items} (counted from the recommendations recorded)` : undefined;
  return items && items !== value ? `${value} (stated); ${items} recorded as items` : String(value);
}

/** One UPR cycle: dates, delegation, troika, documents, recommendations. */
export function UprReviewView({ review }: { review: UprReview }) {
  const unknown = api.listUnknownsAbout({ kind: "upr-review", id: review.id })[0];
  const unknownHref = unknown ? urls.record("unknown", unknown.id) : undefined;
  const rec = review.recommendations;
  const events = review.eventIds.flatMap((id) => api.getSummary(id) ?? []);
  const items = api.listRecommendationsOfReview(review.id);
  const counted = countResponses(items);
  return (
    <RecordShell
      kind="upr-review"
      id={review.id}
      title={`Universal Periodic Review, cycle ${review.cycle}`}
      contents={[
        { id: "documents", label: "Documents" },
        { id: "recommendations", label: `Recommendations${items.length ? ` (${items.length})` : ""}` },
        ...(events.length ? [{ id: "events", label: "Events of this cycle" }] : []),
        ...(review.citations.length ? [{ id: "sources", label: "Sources" }] : []),
      ]}
    >
      {review.summary ? <p className="lede">{review.summary}</p> : null}
      <Facts
        unknownHref={unknownHref}
        facts={[
          { label: "Cycle", value: String(review.cycle) },
          {
            label: "Working Group session",
            value: review.workingGroupSession ? String(review.workingGroupSession) : undefined,
            expected: true,
          },
          {
            label: "Review date",
            value: review.reviewDate ? <DateText date={review.reviewDate} /> : undefined,
            expected: true,
          },
          {
            label: "Adoption date",
            value: review.adoptionDate ? <DateText date={review.adoptionDate} /> : undefined,
            expected: true,
          },
          { label: "Adopted at session", value: review.adoptionSession ? `HRC ${review.adoptionSession}` : undefined },
          {
            label: "Head of delegation",
            value: review.headOfDelegationId ? <RecordLink id={review.headOfDelegationId} kind="person" /> : undefined,
            expected: true,
          },
          {
            label: "Troika",
            value: review.troikaIds.length
              ? review.troikaIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ", " : null}
                    <RecordLink id={id} kind="organization" />
                  </span>
                ))
              : undefined,
            expected: true,
          },
          { label: "Recommendations received", value: stated(rec?.received, counted.received), expected: true },
          { label: "Supported", value: stated(rec?.supported, counted.supported), expected: true },
          { label: "Noted", value: stated(rec?.noted, counted.noted), expected: true },
          { label: "Pending (to be examined)", value: counted.pending ? String(counted.pending) : undefined },
        ]}
      />
      {review.reviewDate ? <MembershipContext date={review.reviewDate} /> : null}
      <section aria-labelledby="documents">
        <h2 id="documents">Documents</h2>
        {review.documents.length ? (
          <ul>
            {review.documents.map((doc) => (
              <li key={doc.symbol}>
                {doc.url ? (
                  <a href={doc.url} rel="external noopener noreferrer">
                    {doc.symbol}
                  </a>
                ) : (
                  doc.symbol
                )}{" "}
                ({humanize(doc.kind).toLowerCase()})
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No document of this cycle is in the record yet.</p>
        )}
      </section>
      <section aria-labelledby="recommendations">
        <h2 id="recommendations">Recommendations</h2>
        {items.length ? (
          <p>
            {review.recommendationsItemized === "all"
              ? `Every recommendation of the Working Group report, verbatim, with Kazakhstan's response as the report states it (${items.length}).`
              : `The ${items.length} recommendations of this cycle that a source read quotes; the rest are not yet itemized.`}
          </p>
        ) : null}
        <RecommendationList recommendations={items} id="review-recommendations" />
      </section>
      {events.length ? (
        <section aria-labelledby="events">
          <h2 id="events">Events of this cycle</h2>
          <SummaryList items={events} />
        </section>
      ) : null}
      <div id="sources">
        <CitationList citations={review.citations} />
      </div>
    </RecordShell>
  );
}
