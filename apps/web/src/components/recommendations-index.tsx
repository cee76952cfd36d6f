import { api } from "../lib/data";
import { countOf, KIND_DESCRIPTIONS } from "../lib/format";
import { countResponses } from "../lib/recommendations";
import { urls } from "../lib/urls";
import { RecommendationList } from "./recommendation-list";

/** Every UPR recommendation in the record, across cycles, filterable by cycle, response, state and topic. */
export function RecommendationsIndex() {
  const all = api.listRecommendations();
  return (
    <>
      <h1>UPR recommendations</h1>
      <p className="lede">{KIND_DESCRIPTIONS.recommendation}</p>
      <ul>
        {api.listUprReviews().map((review) => {
          const items = api.listRecommendationsOfReview(review.id);
          const c = countResponses(items);
          return (
            <li key={review.id}>
              <a href={`${urls.record("upr-review", review.id)}#recommendations`}>Cycle {review.cycle}</a>:{" "}
              {review.recommendationsItemized === "all"
                ? "every recommendation of the report"
                : "those a source quotes"}{" "}
              — {countOf(c.received, "recommendation")}, {c.supported} supported, {c.noted} noted
              {c.pending ? `, ${c.pending} pending` : ""}
              {c.unknown ? `, ${c.unknown} with the response not yet established` : ""}.
            </li>
          );
        })}
      </ul>
      <p>
        Download them all as a spreadsheet table:{" "}
        <a href={urls.collectionCsv("recommendations")}>recommendations.csv</a>.
      </p>
      <RecommendationList recommendations={all} id="all-recommendations" withCycle />
    </>
  );
}
