import type { Recommendation } from "@kz-hrc/core";
import { countOf, RESPONSE_LABELS } from "../lib/format";
import { groupByResponse, recommendationSelects } from "../lib/recommendations";
import { ListFilterForm } from "./list-filter-form";
import { RecommendationItem } from "./recommendation-item";

/** Recommendations grouped by response, with a filter by response, state and topic (and cycle) kept in the URL. */
export function RecommendationList({
  recommendations,
  id,
  withCycle = false,
}: {
  recommendations: readonly Recommendation[];
  id: string;
  withCycle?: boolean;
}) {
  if (recommendations.length === 0)
    return <p className="muted">No recommendation of this review is in the record yet.</p>;
  return (
    <>
      <ListFilterForm
        id={`${id}-filter`}
        legend="Filter the recommendations"
        selects={recommendationSelects(recommendations, withCycle)}
        listId={id}
        total={recommendations.length}
        noun="recommendations"
      />
      <div id={id}>
        {groupByResponse(recommendations).map(([response, items]) => (
          <section key={response} data-filter-group="">
            <h3 id={`${id}-${response}`}>
              {RESPONSE_LABELS[response]} <span className="muted">({countOf(items.length, "recommendation")})</span>
            </h3>
            <ul className="record-list">
              {items.map((r) => (
                <RecommendationItem key={r.id} recommendation={r} showCycle={withCycle} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
