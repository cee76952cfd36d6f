/**
 * Discrepancies and unknowns as the lists show them: grouped by area, most significant
 * first, each dated by the record it is about (an unknown about no dated record by the
 * day it was last checked).
 */
import {
  AREA_LABELS,
  AREAS,
  compareDates,
  type Discrepancy,
  type RecordRef,
  SIGNIFICANCE_LABELS,
  SIGNIFICANCES,
  type Unknown,
} from "@kz-hrc/core";
import type { FilterSelect } from "../components/list-filter-form";
import { api } from "./data";

export type Area = (typeof AREAS)[number];
export type Significance = (typeof SIGNIFICANCES)[number];

/** A discrepancy or an unknown, with what the lists need to place it. */
export interface Caveat {
  kind: "discrepancy" | "unknown";
  id: string;
  title: string;
  area?: Area;
  significance?: Significance;
  /** The first record it is about, if any. */
  about?: RecordRef;
  /** The date of the record it is about, if that record is dated. */
  date?: string;
  /** When it was last looked for (unknowns). */
  checkedOn?: string;
  /** A discrepancy about an undated record (a person, a title): the date of the latest of the sources that disagree. */
  sourcesDate?: string;
}

/** The date of the first dated record among those a caveat is about. */
export function aboutDate(about: readonly RecordRef[]): string | undefined {
  for (const ref of about) {
    const date = api.getSummary(ref.id)?.date;
    if (date) return date;
  }
  return undefined;
}

/** The latest publication date among the sources of a discrepancy's variants. */
export function latestSourceDate(d: Discrepancy): string | undefined {
  const dates = d.variants.flatMap((v) => v.citations.flatMap((c) => api.getSource(c.sourceId)?.published ?? []));
  return dates.sort(compareDates).at(-1);
}

export function discrepancyCaveat(d: Discrepancy): Caveat {
  const date = aboutDate(d.about);
  return {
    kind: "discrepancy",
    id: d.id,
    title: d.title,
    area: d.area,
    significance: d.significance,
    about: d.about[0],
    date,
    sourcesDate: date ? undefined : latestSourceDate(d),
  };
}

export const unknownCaveat = (u: Unknown): Caveat => ({
  kind: "unknown",
  id: u.id,
  title: u.question,
  area: u.area,
  significance: u.significance,
  about: u.about[0],
  date: aboutDate(u.about),
  checkedOn: u.checkedOn,
});

const rank = (s: Significance | undefined) => (s ? SIGNIFICANCES.indexOf(s) : SIGNIFICANCES.length);

/** Most significant first; at equal significance the most recent record first, then by title. */
export function compareCaveats(a: Caveat, b: Caveat): number {
  return (
    rank(a.significance) - rank(b.significance) ||
    compareDates(b.date ?? b.sourcesDate ?? b.checkedOn ?? "0000", a.date ?? a.sourcesDate ?? a.checkedOn ?? "0000") ||
    a.title.localeCompare(b.title, "en")
  );
}

/** One area's caveats, in order; records not yet given an area come last, under their own heading. */
export interface CaveatGroup {
  area: Area | "unclassified";
  label: string;
  description: string;
  items: Caveat[];
}

/** The caveats grouped by area in the vocabulary's order, each group ordered by significance. */
export function groupCaveats(items: readonly Caveat[]): CaveatGroup[] {
  const groups: CaveatGroup[] = AREAS.map((area) => ({
    area,
    ...AREA_LABELS[area],
    items: items.filter((c) => c.area === area).sort(compareCaveats),
  }));
  const rest = items.filter((c) => !c.area).sort(compareCaveats);
  if (rest.length)
    groups.push({ area: "unclassified", label: "Other", description: "Not yet placed in an area.", items: rest });
  return groups.filter((g) => g.items.length > 0);
}

/** The filter values of one caveat, by facet (the URL parameters). */
export const caveatFacets = (c: Caveat) => ({
  area: c.area ?? "unclassified",
  significance: c.significance ?? "unclassified",
});

/** The selects of the filter on the discrepancies and unknowns lists: only values in use. */
export function caveatSelects(items: readonly Caveat[]): FilterSelect[] {
  const areas = new Set(items.map((c) => c.area));
  const levels = new Set(items.map((c) => c.significance));
  return [
    {
      name: "area",
      label: "Area",
      choices: AREAS.filter((a) => areas.has(a)).map((a) => ({ value: a, label: AREA_LABELS[a].label })),
    },
    {
      name: "significance",
      label: "Significance",
      choices: SIGNIFICANCES.filter((s) => levels.has(s)).map((s) => ({
        value: s,
        label: SIGNIFICANCE_LABELS[s].label,
      })),
    },
  ];
}

export { AREA_LABELS, SIGNIFICANCE_LABELS };
