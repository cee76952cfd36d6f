/** Statements as the site lists, filters and counts them: who spoke, of what kind, when, and how assessments bear on them. */
import { type AssessmentPair, humanize, type Statement } from "@kz-hrc/core";
import type { FilterSelect } from "../components/list-filter-form";
import { api } from "./data";

/** Who spoke: the person, else the body. */
export const speakerIdOf = (s: Statement) => s.speakerId ?? s.organizationId ?? "unknown";

/** How the assessments linked to a claim bear on it, counted. */
export function assessmentCounts(pairs: readonly AssessmentPair[]) {
  const count = (relation: AssessmentPair["relation"]) => pairs.filter((p) => p.relation === relation).length;
  return {
    total: pairs.length,
    contradicts: count("contradicts"),
    supports: count("supports"),
    context: count("context"),
  };
}

/** The values a statement shows under the "assessed" facet: assessed, contradicted, supported. */
export function assessedValues(pairs: readonly AssessmentPair[]): string[] {
  const c = assessmentCounts(pairs);
  return [
    ...(c.total ? ["assessed"] : []),
    ...(c.contradicts ? ["contradicted"] : []),
    ...(c.supports ? ["supported"] : []),
  ];
}

/** The filter values of one statement, by facet (the URL parameters). */
export function statementFacets(s: Statement): Record<string, readonly string[] | string | undefined> {
  return {
    kind: s.kind,
    speaker: speakerIdOf(s),
    year: s.date.slice(0, 4),
    assessed: assessedValues(api.listAssessmentsOf(s.id)),
  };
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "en");

/** The statements filter's selects: only values some statement has. */
export function statementSelects(statements: readonly Statement[]): FilterSelect[] {
  const kinds = [...new Set(statements.map((s) => s.kind))];
  const speakers = [...new Set(statements.map(speakerIdOf))];
  const years = [...new Set(statements.map((s) => s.date.slice(0, 4)))].sort().reverse();
  const values = new Set(statements.flatMap((s) => assessedValues(api.listAssessmentsOf(s.id))));
  return [
    { name: "kind", label: "Kind", choices: kinds.map((k) => ({ value: k, label: humanize(k) })).sort(byLabel) },
    {
      name: "speaker",
      label: "Speaker",
      choices: speakers.map((id) => ({ value: id, label: api.getSummary(id)?.title ?? id })).sort(byLabel),
    },
    { name: "year", label: "Year", choices: years.map((y) => ({ value: y, label: y })) },
    {
      name: "assessed",
      label: "Assessments",
      choices: [
        { value: "contradicted", label: "Contradicted by an assessment" },
        { value: "supported", label: "Supported by an assessment" },
        { value: "assessed", label: "With any assessment" },
      ].filter((c) => values.has(c.value)),
    },
  ];
}
