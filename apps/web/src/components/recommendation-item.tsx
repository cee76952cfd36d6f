import type { Recommendation } from "@kz-hrc/core";
import { api } from "../lib/data";
import { RESPONSE_LABELS } from "../lib/format";
import { listItemAttributes } from "../lib/list-filter";
import { recommendationQuote } from "../lib/quotes";
import { recommendationFacets } from "../lib/recommendations";
import { langAttribute, shortenAtWord } from "../lib/text";
import { urls } from "../lib/urls";

/** One recommendation in a list: its number and words, who made it, how Kazakhstan answered. */
export function RecommendationItem({
  recommendation: r,
  showCycle = false,
}: {
  recommendation: Recommendation;
  showCycle?: boolean;
}) {
  // Across cycles (hundreds of items) the list shows each text shortened, as its title; a review's own list shows it whole.
  const states = r.recommendingStateIds.map((id) => api.getOrganization(id)?.name ?? id).join(", ");
  const cycle = showCycle ? api.getUprReview(r.reviewId)?.cycle : undefined;
  const lang = langAttribute(recommendationQuote(r).language);
  return (
    <li data-filter-item="" {...listItemAttributes(recommendationFacets(r))}>
      <a href={urls.record("recommendation", r.id)}>
        {showCycle ? (
          <span lang={lang}>{shortenAtWord(`${r.number ? `${r.number} ` : ""}${r.text}`, 100)}</span>
        ) : (
          <>
            {r.number ? <span className="number">{r.number} </span> : null}
            <span lang={lang}>{r.text}</span>
          </>
        )}
      </a>
      <span className="meta">
        {[cycle ? `Cycle ${cycle}` : undefined, states, RESPONSE_LABELS[r.response]].filter(Boolean).join(" · ")}
      </span>
    </li>
  );
}
