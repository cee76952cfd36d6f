import { kindLabelPlural, kindNamed, RECORD_KINDS, type RecordKind } from "@kz-hrc/core/search";

/** A section that lists one kind of record (events are the timeline). */
export type ListKind = Exclude<RecordKind, "event">;

export type SectionId = "timeline" | "search" | ListKind;

export interface Section {
  id: SectionId;
  label: string;
  /** The kind the section lists; none for search, which lists every kind. */
  kind?: RecordKind;
}

/** The sections Tab cycles through: the timeline, search, then one per record kind in core's order. */
export const SECTIONS: readonly Section[] = [
  { id: "timeline", label: "Timeline", kind: "event" },
  { id: "search", label: "Search" },
  ...RECORD_KINDS.filter((kind): kind is ListKind => kind !== "event").map((kind) => ({
    id: kind,
    label: kindLabelPlural(kind),
    kind,
  })),
];

/** The section a word names: a section label or any name core gives a kind (`people`, `upr`, `Council votes`); events mean the timeline. */
export function sectionNamed(word: string): Section | undefined {
  const wanted = word.trim().toLowerCase();
  if (!wanted) return undefined;
  const kind = kindNamed(wanted);
  return (
    SECTIONS.find(
      (s) => s.label.toLowerCase() === wanted || s.id === wanted || (kind !== undefined && s.kind === kind),
    ) ?? SECTIONS.find((s) => s.label.toLowerCase().startsWith(wanted))
  );
}

export const sectionOf = (id: SectionId): Section => SECTIONS.find((s) => s.id === id) ?? (SECTIONS[0] as Section);
