import type { RecordRef } from "@kz-hrc/core";
import { SECTIONS, type SectionId } from "./sections.js";

/** A section's own screen: a list (with a query line for the timeline and search). */
export interface SectionView {
  type: "section";
  section: SectionId;
  cursor: number;
  query: string;
  /** True while the query line has the keyboard. */
  editing: boolean;
}

/** A record opened from a list or a link. */
export interface RecordView {
  type: "record";
  ref: RecordRef;
  cursor: number;
}

export type View = SectionView | RecordView;

/** Each section keeps its own stack of views, so Tab and Esc return to where you were. */
export interface NavState {
  section: SectionId;
  stacks: Readonly<Record<SectionId, readonly View[]>>;
  help: boolean;
}

export type NavAction =
  | { type: "open"; ref: RecordRef }
  | { type: "back" }
  | { type: "cursor"; cursor: number }
  | { type: "query"; query: string }
  | { type: "editing"; editing: boolean }
  | { type: "section"; section: SectionId; editing?: boolean }
  | { type: "cycle"; delta: 1 | -1 }
  | { type: "help"; show?: boolean };

const root = (section: SectionId, query = ""): SectionView => ({ type: "section", section, cursor: 0, query, editing: false });

/** The state on start-up: every section at its top, the timeline shown. */
export function initialNav(options: { section?: SectionId; timelineQuery?: string } = {}): NavState {
  const stacks = Object.fromEntries(SECTIONS.map((s) => [s.id, [root(s.id)]])) as unknown as Record<SectionId, View[]>;
  if (options.timelineQuery) stacks.timeline = [root("timeline", options.timelineQuery)];
  return { section: options.section ?? "timeline", stacks, help: false };
}

/** The view on top of the current section's stack. */
export function currentView(state: NavState): View {
  const stack = state.stacks[state.section];
  return stack[stack.length - 1] ?? root(state.section);
}

function replaceTop(state: NavState, update: (view: View) => View): NavState {
  const stack = state.stacks[state.section];
  const top = currentView(state);
  return { ...state, stacks: { ...state.stacks, [state.section]: [...stack.slice(0, -1), update(top)] } };
}

/** Navigation as a pure function of the state and one action. */
export function navReducer(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case "open": {
      const stack = state.stacks[state.section];
      const view: RecordView = { type: "record", ref: action.ref, cursor: 0 };
      return { ...state, help: false, stacks: { ...state.stacks, [state.section]: [...stack, view] } };
    }
    case "back": {
      if (state.help) return { ...state, help: false };
      const stack = state.stacks[state.section];
      if (stack.length > 1) return { ...state, stacks: { ...state.stacks, [state.section]: stack.slice(0, -1) } };
      const top = currentView(state);
      return top.type === "section" && top.editing ? replaceTop(state, (v) => ({ ...v, editing: false })) : state;
    }
    case "cursor":
      return replaceTop(state, (v) => ({ ...v, cursor: Math.max(0, action.cursor) }));
    case "query":
      return replaceTop(state, (v) => (v.type === "section" ? { ...v, query: action.query, cursor: 0 } : v));
    case "editing":
      return replaceTop(state, (v) => (v.type === "section" ? { ...v, editing: action.editing } : v));
    case "section": {
      const next = { ...state, section: action.section, help: false };
      if (action.editing === undefined) return next;
      const bottom = next.stacks[action.section][0] ?? root(action.section);
      const view = bottom.type === "section" ? { ...bottom, editing: action.editing } : bottom;
      return { ...next, stacks: { ...next.stacks, [action.section]: [view] } };
    }
    case "cycle": {
      const index = SECTIONS.findIndex((s) => s.id === state.section);
      const next = SECTIONS[(index + action.delta + SECTIONS.length) % SECTIONS.length];
      return next ? { ...state, section: next.id, help: false } : state;
    }
    case "help":
      return { ...state, help: action.show ?? !state.help };
  }
}
