import type { Dataset } from "../schemas/dataset.js";

/** The whole record as plain JSON, with the collections in a fixed order. */
export function exportDatasetOf(data: Dataset): Dataset {
  return JSON.parse(
    JSON.stringify({
      version: data.version,
      sources: data.sources,
      people: data.people,
      organizations: data.organizations,
      events: data.events,
      statements: data.statements,
      membershipTerms: data.membershipTerms,
      uprReviews: data.uprReviews,
      reforms: data.reforms,
      topics: data.topics,
      discrepancies: data.discrepancies,
      unknowns: data.unknowns,
    }),
  ) as Dataset;
}
