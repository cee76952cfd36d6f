import { api } from "../lib/data";
import { countOf, formatDate, humanize, RESPONSE_LABELS } from "../lib/format";
import { countResponses } from "../lib/recommendations";
import { urls } from "../lib/urls";

/**
 * The thread across UPR cycles for a subject: who recommended what in each cycle, how
 * Kazakhstan answered, and what happened next (the reforms filed under the same topics,
 * with their latest stage).
 */
export function RecommendationThread({
  topicIds,
  showReforms = true,
}: {
  topicIds: readonly string[];
  showReforms?: boolean;
}) {
  const onTopic = api.listRecommendations().filter((r) => r.topicIds.some((t) => topicIds.includes(t)));
  if (onTopic.length === 0) return null;
  const reforms = showReforms ? api.listReforms().filter((r) => r.topicIds.some((t) => topicIds.includes(t))) : [];
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">From recommendation to outcome</h2>
      <p>
        What states recommended on this subject in each Universal Periodic Review, and how Kazakhstan answered, as the
        reports state it.
      </p>
      {api.listUprReviews().map((review) => {
        const items = onTopic.filter((r) => r.reviewId === review.id);
        if (items.length === 0) return null;
        const c = countResponses(items);
        return (
          <section key={review.id}>
            <h3>
              <a href={urls.record("upr-review", review.id)}>Cycle {review.cycle}</a>
              {review.reviewDate ? ` (${formatDate(review.reviewDate)})` : null}
            </h3>
            <p className="muted">
              {countOf(items.length, "recommendation")}: {c.supported} supported, {c.noted} noted
              {c.pending ? `, ${c.pending} pending` : ""}
              {c.unknown ? `, ${c.unknown} not yet established` : ""}.
            </p>
            <ul className="record-list">
              {items.map((r) => (
                <li key={r.id}>
                  <a href={urls.record("recommendation", r.id)}>{api.getSummary(r.id)?.title ?? r.id}</a>
                  <span className="meta">
                    {r.recommendingStateIds.map((id) => api.getOrganization(id)?.name ?? id).join(", ")} ·{" "}
                    {RESPONSE_LABELS[r.response]}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {reforms.length ? (
        <section>
          <h3>What happened next</h3>
          <ul className="record-list">
            {reforms.map((reform) => {
              const last = reform.stages.at(-1);
              return (
                <li key={reform.id}>
                  <a href={urls.record("reform", reform.id)}>{reform.title}</a>
                  {last ? (
                    <span className="meta">
                      Latest stage: {humanize(last.stage).toLowerCase()}, {formatDate(last.date)}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
