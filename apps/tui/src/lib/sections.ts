import type { Api, RecordKind, RecordSummary } from "@kz-hrc/core";

/** The sections Tab cycles through, in order. */
export const SECTIONS = [
  { id: "timeline", label: "Timeline" },
  { id: "search", label: "Search" },
  { id: "statements", label: "Statements", kind: "statement" },
  { id: "people", label: "People", kind: "person" },
  { id: "organizations", label: "Organisations", kind: "organization" },
  { id: "sources", label: "Sources", kind: "source" },
  { id: "topics", label: "Topics", kind: "topic" },
  { id: "upr", label: "UPR", kind: "upr-review" },
  { id: "membership", label: "Terms", kind: "membership-term" },
  { id: "reforms", label: "Reforms", kind: "reform" },
  { id: "discrepancies", label: "Discrepancies", kind: "discrepancy" },
  { id: "unknowns", label: "Unknowns", kind: "unknown" },
] as const satisfies readonly { id: string; label: string; kind?: RecordKind }[];

export type SectionId = (typeof SECTIONS)[number]["id"];

/** The ids of a kind's records in core's list order (dates, names, cycles…). */
function idsOf(api: Api, kind: RecordKind): readonly { id: string }[] {
  switch (kind) {
    case "event":
      return api.listTimeline();
    case "statement":
      return api.listStatements();
    case "person":
      return api.listPeople();
    case "organization":
      return api.listOrganizations();
    case "source":
      return api.listSources();
    case "topic":
      return api.listTopics();
    case "upr-review":
      return api.listUprReviews();
    case "membership-term":
      return api.listMembershipTerms();
    case "reform":
      return api.listReforms();
    case "discrepancy":
      return api.listDiscrepancies();
    case "unknown":
      return api.listUnknowns();
  }
}

/** Summaries of every record of a kind, in core's list order. */
export function summariesOf(api: Api, kind: RecordKind): RecordSummary[] {
  return idsOf(api, kind).flatMap(({ id }) => api.getSummary(id) ?? []);
}
