/** Recommendations as the site groups and filters them. */
import { RECOMMENDATION_RESPONSES, type Recommendation, type RecommendationResponse } from "@kz-hrc/core";
import type { FilterSelect } from "../components/list-filter-form";
import { api } from "./data";
import { RESPONSE_LABELS } from "./format";

/** The cycle of a recommendation's review. */
export const cycleOf = (r: Recommendation) => api.getUprReview(r.reviewId)?.cycle;

/** The filter values of one recommendation, by facet (the URL parameters). */
export function recommendationFacets(r: Recommendation): Record<string, readonly string[] | string | undefined> {
  return { cycle: String(cycleOf(r) ?? ""), response: r.response, state: r.recommendingStateIds, topic: r.topicIds };
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

/** The filter's selects for a list of recommendations: only values that some item has. */
export function recommendationSelects(list: readonly Recommendation[], withCycle: boolean): FilterSelect[] {
  const used = (pick: (r: Recommendation) => readonly string[]) => [...new Set(list.flatMap(pick))];
  const named = (ids: readonly string[]) =>
    ids.map((id) => ({ value: id, label: api.getSummary(id)?.title ?? id })).sort(byLabel);
  const responses = new Set(list.map((r) => r.response));
  const cycles = [...new Set(list.map(cycleOf))].filter((c): c is number => c !== undefined).sort();
  return [
    ...(withCycle
      ? [{ name: "cycle", label: "Cycle", choices: cycles.map((c) => ({ value: String(c), label: `Cycle ${c}` })) }]
      : []),
    {
      name: "response",
      label: "Response",
      choices: RECOMMENDATION_RESPONSES.filter((r) => responses.has(r)).map((r) => ({
        value: r,
        label: RESPONSE_LABELS[r],
      })),
    },
    { name: "state", label: "Recommending state", choices: named(used((r) => r.recommendingStateIds)) },
    { name: "topic", label: "Topic", choices: named(used((r) => r.topicIds)) },
  ];
}

/** Recommendations grouped by response, in the vocabulary's order. */
export function groupByResponse(list: readonly Recommendation[]): [RecommendationResponse, Recommendation[]][] {
  return RECOMMENDATION_RESPONSES.map(
    (response) => [response, list.filter((r) => r.response === response)] as [RecommendationResponse, Recommendation[]],
  ).filter(([, items]) => items.length > 0);
}

/** How many recommendations of a list were supported, noted, pending or unknown. */
export function countResponses(list: readonly Recommendation[]) {
  const count = (test: (r: Recommendation) => boolean) => list.filter(test).length;
  return {
    received: list.length,
    supported: count((r) => r.response.startsWith("supported")),
    noted: count((r) => r.response === "noted"),
    pending: count((r) => r.response === "pending"),
    unknown: count((r) => r.response === "unknown"),
  };
}
