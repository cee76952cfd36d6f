/**
 * What each key does, as a pure function of the state, the key and what the screen
 * shows. Every key of a burst runs against the state the previous key left, so nothing
 * typed is lost however fast it arrives (`/torture` opens the filter and types into it).
 */
import type { RecordRef } from "@kz-hrc/core";
import type { Act, CopyWhat } from "./act.js";
import type { DocRow } from "./doc-rows.js";
import { fold } from "./format.js";
import { type Action, actionFor } from "./keymap.js";
import type { Key } from "./keys.js";
import { editLine, emptyLine, type Line } from "./line-edit.js";
import type { ListResult } from "./lists.js";
import {
  back,
  currentView,
  cycleSection,
  goToSection,
  type NavState,
  openRecord,
  type RecordView,
  replaceTop,
  type SectionView,
} from "./nav.js";
import { SECTIONS, sectionNamed } from "./sections.js";
import { moveCursor } from "./window.js";

/** What the update needs to know of the screen: the lists, the records as drawn, the room. */
export interface Env {
  items(view: SectionView): ListResult;
  /** A record's rows wrapped to the screen's width, and its links by logical line. */
  record(id: string): { rows: readonly DocRow[]; linkAt(line: number): RecordRef | undefined } | undefined;
  /** Rows a list shows at once (below its query line). */
  listPage: number;
  /** Rows a record shows at once. */
  recordPage: number;
  /** Rows the help shows at once, and its length. */
  helpPage: number;
  helpLength: number;
}

/** What the app must do beyond drawing: quit, suspend, or act on a record (`o`, `y`). */
export type Effect = { type: "quit"; code: 0 | 130 } | { type: "suspend" } | Act;

/** After `y`, the key that says what to copy. */
const COPY_KEYS: ReadonlyMap<string, CopyWhat> = new Map([
  ["i", "id"],
  ["a", "address"],
  ["c", "citation"],
]);
export const COPY_PROMPT = "Copy: i the id · a the address · c a citation · Esc nothing";

export interface Step {
  state: NavState;
  effect?: Effect;
}

const MOVES = new Set<Action>(["up", "down", "pageUp", "pageDown", "halfUp", "halfDown", "top", "bottom"]);

const same = (state: NavState): Step => ({ state });

/** The index of the drawn row the record's cursor is on. */
export function rowIndex(rows: readonly DocRow[], line: number, sub: number): number {
  const first = rows.findIndex((r) => r.line === line);
  if (first < 0) return 0;
  let last = first;
  while (rows[last + 1]?.line === line) last++;
  return Math.min(first + Math.max(0, sub), last);
}

const atRow = (rows: readonly DocRow[], index: number): Pick<RecordView, "line" | "sub"> => {
  const row = rows[index];
  if (!row) return { line: 0, sub: 0 };
  return { line: row.line, sub: index - rows.findIndex((r) => r.line === row.line) };
};

/** The next row (or previous, with `step` -1) whose text holds the sought text, wrapping around; `from` itself first when `inclusive`. */
export function findRow(
  rows: readonly DocRow[],
  text: string,
  from: number,
  step: 1 | -1,
  inclusive = false,
): number | undefined {
  const wanted = fold(text);
  if (!wanted || !rows.length) return undefined;
  for (let n = inclusive ? 0 : 1; n <= rows.length; n++) {
    const i = (((from + step * n) % rows.length) + rows.length) % rows.length;
    if (fold(rows[i]?.text ?? "").includes(wanted)) return i;
  }
  return undefined;
}

/** Keys while a section's query line has the keyboard. */
function editQuery(state: NavState, view: SectionView, key: Key, env: Env): Step {
  if (key.name === "enter" || (key.name === "down" && !key.ctrl && !key.meta))
    return same(replaceTop(state, () => ({ ...view, editing: false })));
  if (key.name === "escape") return same(back(state));
  if (key.name === "tab")
    return same(
      cycleSection(
        replaceTop(state, () => ({ ...view, editing: false })),
        key.shift ? -1 : 1,
      ),
    );
  if (key.ctrl && (key.text === "n" || key.text === "p")) {
    const length = env.items(view).items.length;
    return same(
      replaceTop(state, () => ({
        ...view,
        cursor: moveCursor(Math.min(view.cursor, length - 1), key.text === "n" ? "down" : "up", length, env.listPage),
      })),
    );
  }
  const line = editLine({ text: view.query, caret: view.caret }, key);
  if (!line) return same(state);
  return same(
    replaceTop(state, () => ({
      ...view,
      query: line.text,
      caret: line.caret,
      cursor: line.text === view.query ? view.cursor : 0,
    })),
  );
}

/** Keys while the find line of a record has the keyboard: the cursor follows the first match as you type. */
function editFind(state: NavState, view: RecordView, key: Key, env: Env): Step {
  if (key.name === "enter") return same(replaceTop(state, () => ({ ...view, finding: false })));
  if (key.name === "escape")
    return same(replaceTop(state, () => ({ ...view, finding: false, find: "", findCaret: 0 })));
  const line = editLine({ text: view.find, caret: view.findCaret }, key);
  if (!line) return same(state);
  const rows = env.record(view.ref.id)?.rows ?? [];
  const found =
    line.text === view.find ? undefined : findRow(rows, line.text, rowIndex(rows, view.line, view.sub), 1, true);
  return same(
    replaceTop(state, () => ({
      ...view,
      find: line.text,
      findCaret: line.caret,
      ...(found !== undefined ? atRow(rows, found) : {}),
    })),
  );
}

/** Keys while the `:` line is open: a section's name, then Enter. */
function editJump(state: NavState, jump: Line, key: Key): Step {
  if (key.name === "escape") return same({ ...state, jump: undefined });
  if (key.name === "enter") {
    const section = sectionNamed(jump.text);
    if (!section)
      return same({
        ...state,
        jump: undefined,
        note: `No section “${jump.text.trim()}”: ${SECTIONS.map((s) => s.label).join(", ")}`,
      });
    return same(goToSection(state, section.id));
  }
  const line = editLine(jump, key, 40);
  return same(line ? { ...state, jump: line } : state);
}

/** The state after one key press, and what the app must do beyond drawing it. */
export function update(state0: NavState, key: Key, env: Env): Step {
  const state: NavState = state0.note ? { ...state0, note: undefined } : state0;
  const global = actionFor(key, "global");
  if (global === "interrupt") return { state, effect: { type: "quit", code: 130 } };
  if (global === "suspend") return { state, effect: { type: "suspend" } };
  if (state.jump) return editJump(state, state.jump, key);
  if (state.copying) {
    const what = key.name === "char" && !key.ctrl && !key.meta ? COPY_KEYS.get(key.text ?? "") : undefined;
    const rest = { ...state, copying: undefined };
    return what
      ? { state: rest, effect: { type: "copy", ref: state.copying, what } }
      : same({ ...rest, note: "Nothing copied" });
  }
  const view = currentView(state);
  if (!state.help && view.type === "section" && view.editing) return editQuery(state, view, key, env);
  if (!state.help && view.type === "record" && view.finding) return editFind(state, view, key, env);

  if (state.help) {
    const action = actionFor(key, "help");
    const max = Math.max(0, env.helpLength - env.helpPage);
    if (action && MOVES.has(action))
      return same({ ...state, helpScroll: Math.min(max, moveCursor(state.helpScroll, action, max + 1, env.helpPage)) });
    if (action === "help" || action === "back") return same({ ...state, help: false });
    // Any other key closes the help and does what it does (Tab, s, q…).
    return update({ ...state, help: false }, key, env);
  }

  // Digits 1–9 go to a section by its place in the tab bar.
  if (key.name === "char" && !key.ctrl && !key.meta && /^[1-9]$/.test(key.text ?? "")) {
    const section = SECTIONS[Number(key.text) - 1];
    return same(section ? goToSection(state, section.id) : state);
  }

  const action = actionFor(key, view.type === "record" ? "record" : "list");
  if (action === "openAddress" || action === "copy") {
    const ref = selected(view, env);
    if (!ref) return same({ ...state, note: "Nothing selected" });
    return action === "copy"
      ? same({ ...state, copying: ref, note: COPY_PROMPT })
      : { state, effect: { type: "openAddress", ref } };
  }
  switch (action) {
    case undefined:
      return same(state);
    case "quit":
      return { state, effect: { type: "quit", code: 0 } };
    case "help":
      return same({ ...state, help: true, helpScroll: 0 });
    case "nextSection":
      return same(cycleSection(state, 1));
    case "previousSection":
      return same(cycleSection(state, -1));
    case "search":
      return same(goToSection(state, "search", true));
    case "jump":
      return same({ ...state, jump: emptyLine });
    case "back":
      return same(back(state));
    default:
      return view.type === "section" ? listKey(state, view, action, env) : recordKey(state, view, action, env);
  }
}

/** The record the cursor is on: the selected item of a list; in a record, the link on its line, else the record itself. */
function selected(view: SectionView | RecordView, env: Env): RecordRef | undefined {
  if (view.type === "record") return env.record(view.ref.id)?.linkAt(view.line) ?? view.ref;
  const { items } = env.items(view);
  const item = items[Math.max(0, Math.min(view.cursor, items.length - 1))];
  return item ? { kind: item.kind, id: item.id } : undefined;
}

function listKey(state: NavState, view: SectionView, action: Action, env: Env): Step {
  const { items } = env.items(view);
  const cursor = Math.max(0, Math.min(view.cursor, items.length - 1));
  if (MOVES.has(action))
    return same(replaceTop(state, () => ({ ...view, cursor: moveCursor(cursor, action, items.length, env.listPage) })));
  if (action === "filter")
    return same(replaceTop(state, () => ({ ...view, editing: true, caret: [...view.query].length })));
  if (action === "open") {
    const item = items[cursor];
    return same(
      item
        ? openRecord(
            replaceTop(state, () => ({ ...view, cursor })),
            { kind: item.kind, id: item.id },
          )
        : state,
    );
  }
  return same(state);
}

function recordKey(state: NavState, view: RecordView, action: Action, env: Env): Step {
  const record = env.record(view.ref.id);
  if (!record) return same(state);
  const { rows } = record;
  const index = rowIndex(rows, view.line, view.sub);
  const move = (to: number | undefined) =>
    same(to === undefined ? state : replaceTop(state, () => ({ ...view, ...atRow(rows, to) })));
  if (MOVES.has(action))
    return move(moveCursor(index, action, rows.length, env.recordPage, (i) => (rows[i]?.text.trim() ?? "") !== ""));
  if (action === "open") {
    const link = record.linkAt(view.line);
    return same(link ? openRecord(state, link) : state);
  }
  if (action === "find") return same(replaceTop(state, () => ({ ...view, finding: true, find: "", findCaret: 0 })));
  if (action === "findNext" || action === "findPrevious") {
    if (!view.find) return same({ ...state, note: "Nothing to find yet: press / and type" });
    const found = findRow(rows, view.find, index, action === "findNext" ? 1 : -1);
    return found === undefined ? same({ ...state, note: `No match for “${view.find}”` }) : move(found);
  }
  return same(state);
}
