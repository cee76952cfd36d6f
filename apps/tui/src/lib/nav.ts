import type { RecordRef } from "@kz-hrc/core";
import type { Line } from "./line-edit.js";
import { SECTIONS, type SectionId } from "./sections.js";

/** A section's own screen: a list with its query line (filter, or search). */
export interface SectionView {
  type: "section";
  section: SectionId;
  cursor: number;
  query: string;
  /** Caret in the query line, in characters. */
  caret: number;
  /** True while the query line has the keyboard. */
  editing: boolean;
}

/** A record opened from a list or a link, read line by line. */
export interface RecordView {
  type: "record";
  ref: RecordRef;
  /** The cursor: a logical line of the record and a row within it once wrapped. */
  line: number;
  sub: number;
  /** Find in the record: the text sought, and whether the find line has the keyboard. */
  find: string;
  findCaret: number;
  finding: boolean;
}

export type View = SectionView | RecordView;

/** Each section keeps its own stack of views, so Tab and Esc return to where you were. */
export interface NavState {
  section: SectionId;
  stacks: Readonly<Record<SectionId, readonly View[]>>;
  help: boolean;
  helpScroll: number;
  /** The `:` line, while it is open. */
  jump?: Line;
  /** A one-line note from the last key (no section of that name…). */
  note?: string;
  /** After `y`: the record whose id, address or citation the next key copies. */
  copying?: RecordRef;
}

const root = (section: SectionId, query = ""): SectionView => ({
  type: "section",
  section,
  cursor: 0,
  query,
  caret: [...query].length,
  editing: false,
});

export const recordView = (ref: RecordRef): RecordView => ({
  type: "record",
  ref,
  line: 0,
  sub: 0,
  find: "",
  findCaret: 0,
  finding: false,
});

/** The state on start-up: every section at its top, the timeline shown. */
export function initialNav(options: { section?: SectionId; query?: string; editing?: boolean } = {}): NavState {
  const stacks = Object.fromEntries(SECTIONS.map((s) => [s.id, [root(s.id)]])) as unknown as Record<SectionId, View[]>;
  const section = options.section ?? "timeline";
  if (options.query !== undefined || options.editing)
    stacks[section] = [{ ...root(section, options.query), editing: options.editing ?? false }];
  return { section, stacks, help: false, helpScroll: 0 };
}

/** The view on top of the current section's stack. */
export function currentView(state: NavState): View {
  const stack = state.stacks[state.section];
  return stack[stack.length - 1] ?? root(state.section);
}

/** The state with the current view replaced. */
export function replaceTop(state: NavState, update: (view: View) => View): NavState {
  const stack = state.stacks[state.section];
  const top = currentView(state);
  return { ...state, stacks: { ...state.stacks, [state.section]: [...stack.slice(0, -1), update(top)] } };
}

/** A record opened on top of the current section's stack. */
export function openRecord(state: NavState, ref: RecordRef): NavState {
  const stack = state.stacks[state.section];
  return { ...state, help: false, stacks: { ...state.stacks, [state.section]: [...stack, recordView(ref)] } };
}

/** Back one view; at a section's own list, clears its query first. */
export function back(state: NavState): NavState {
  if (state.help) return { ...state, help: false };
  const stack = state.stacks[state.section];
  if (stack.length > 1) return { ...state, stacks: { ...state.stacks, [state.section]: stack.slice(0, -1) } };
  const top = currentView(state);
  if (top.type === "section" && (top.query || top.editing))
    return replaceTop(state, () => ({ ...top, query: "", caret: 0, cursor: 0, editing: false }));
  return state;
}

/** Another section, as it was left; with `editing`, its own list with the query line focused. */
export function goToSection(state: NavState, section: SectionId, editing?: boolean): NavState {
  const next: NavState = { ...state, section, help: false, jump: undefined };
  if (editing === undefined) return next;
  const bottom = next.stacks[section][0];
  const view: SectionView =
    bottom?.type === "section"
      ? { ...bottom, editing, caret: [...bottom.query].length }
      : { ...root(section), editing };
  return { ...next, stacks: { ...next.stacks, [section]: [view] } };
}

/** The next or previous section, wrapping around. */
export function cycleSection(state: NavState, delta: 1 | -1): NavState {
  const index = SECTIONS.findIndex((s) => s.id === state.section);
  const next = SECTIONS[(index + delta + SECTIONS.length) % SECTIONS.length];
  return next ? goToSection(state, next.id) : state;
}
