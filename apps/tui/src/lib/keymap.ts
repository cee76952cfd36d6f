/**
 * The one key map: the update function asks `actionFor`, the footer and the `?` help
 * print `KEYMAP`, so what the help says is what the keys do.
 */
import type { Key } from "./keys.js";

export type Action =
  | "up"
  | "down"
  | "pageUp"
  | "pageDown"
  | "halfUp"
  | "halfDown"
  | "top"
  | "bottom"
  | "open"
  | "back"
  | "nextSection"
  | "previousSection"
  | "filter"
  | "find"
  | "findNext"
  | "findPrevious"
  | "search"
  | "jump"
  | "help"
  | "quit"
  | "interrupt"
  | "suspend"
  | "openAddress"
  | "copy";

/** Where a binding applies: everywhere, in lists, in a record, or in the help. */
export type Context = "global" | "list" | "record" | "help";

interface Binding {
  action: Action;
  /** How the help shows the keys. */
  keys: string;
  description: string;
  contexts: readonly Context[];
  /** Shown in the one-line footer of these contexts. */
  footer?: string;
  matches: (key: Key) => boolean;
}

const plain = (key: Key, text: string) => key.name === "char" && key.text === text && !key.ctrl && !key.meta;
const ctrl = (key: Key, letter: string) => key.name === "char" && key.text === letter && !!key.ctrl && !key.meta;
const bare = (key: Key, name: Key["name"]) => key.name === name && !key.ctrl && !key.meta;
const MOVE: readonly Context[] = ["list", "record", "help"];

/** Every key binding, in the order the help lists them. */
export const KEYMAP: readonly Binding[] = [
  {
    action: "up",
    keys: "↑ k",
    description: "move up a line",
    contexts: MOVE,
    matches: (k) => bare(k, "up") || plain(k, "k"),
  },
  {
    action: "down",
    keys: "↓ j",
    description: "move down a line",
    contexts: MOVE,
    footer: "↑↓ jk move",
    matches: (k) => bare(k, "down") || plain(k, "j"),
  },
  {
    action: "pageUp",
    keys: "PgUp Ctrl-B",
    description: "page up",
    contexts: MOVE,
    matches: (k) => bare(k, "pageUp") || ctrl(k, "b"),
  },
  {
    action: "pageDown",
    keys: "PgDn Ctrl-F Space",
    description: "page down",
    contexts: MOVE,
    matches: (k) => bare(k, "pageDown") || ctrl(k, "f") || plain(k, " "),
  },
  { action: "halfUp", keys: "Ctrl-U", description: "half a page up", contexts: MOVE, matches: (k) => ctrl(k, "u") },
  { action: "halfDown", keys: "Ctrl-D", description: "half a page down", contexts: MOVE, matches: (k) => ctrl(k, "d") },
  {
    action: "top",
    keys: "g Home",
    description: "go to the first line",
    contexts: MOVE,
    matches: (k) => plain(k, "g") || bare(k, "home"),
  },
  {
    action: "bottom",
    keys: "G End",
    description: "go to the last line",
    contexts: MOVE,
    matches: (k) => plain(k, "G") || bare(k, "end"),
  },
  {
    action: "open",
    keys: "Enter",
    description: "open the selected record or link",
    contexts: ["list", "record"],
    footer: "Enter open",
    matches: (k) => bare(k, "enter"),
  },
  {
    action: "openAddress",
    keys: "o",
    description: "open the address in the web browser: a source's own page, or the record's page on the site",
    contexts: ["list", "record"],
    footer: "o browser",
    matches: (k) => plain(k, "o"),
  },
  {
    action: "copy",
    keys: "y",
    description: "copy the id, the address or a citation (then i, a or c)",
    contexts: ["list", "record"],
    footer: "y copy",
    matches: (k) => plain(k, "y"),
  },
  {
    action: "back",
    keys: "Esc Backspace",
    description: "close the help, clear the list's filter, or go back to where you were",
    contexts: ["list", "record", "help"],
    footer: "Esc back",
    matches: (k) => bare(k, "escape") || bare(k, "backspace"),
  },
  {
    action: "filter",
    keys: "/ f",
    description: "filter this list as you type (Esc clears)",
    contexts: ["list"],
    footer: "/ filter",
    matches: (k) => plain(k, "/") || plain(k, "f"),
  },
  {
    action: "find",
    keys: "/",
    description: "find in this record",
    contexts: ["record"],
    footer: "/ find",
    matches: (k) => plain(k, "/"),
  },
  { action: "findNext", keys: "n", description: "next match", contexts: ["record"], matches: (k) => plain(k, "n") },
  {
    action: "findPrevious",
    keys: "N",
    description: "previous match",
    contexts: ["record"],
    matches: (k) => plain(k, "N"),
  },
  {
    action: "search",
    keys: "s",
    description: "search every record",
    contexts: ["global"],
    footer: "s search",
    matches: (k) => plain(k, "s"),
  },
  {
    action: "previousSection",
    keys: "Shift-Tab",
    description: "previous section",
    contexts: ["global"],
    matches: (k) => k.name === "tab" && !!k.shift,
  },
  {
    action: "nextSection",
    keys: "Tab",
    description: "next section",
    contexts: ["global"],
    footer: "Tab section",
    matches: (k) => k.name === "tab" && !k.shift,
  },
  {
    action: "jump",
    keys: ":",
    description: "go to a section by name (:votes, :people…)",
    contexts: ["global"],
    matches: (k) => plain(k, ":"),
  },
  {
    action: "help",
    keys: "?",
    description: "show or hide this help",
    contexts: ["global"],
    footer: "? help",
    matches: (k) => plain(k, "?"),
  },
  {
    action: "quit",
    keys: "q",
    description: "quit",
    contexts: ["global"],
    footer: "q quit",
    matches: (k) => plain(k, "q"),
  },
  {
    action: "interrupt",
    keys: "Ctrl-C",
    description: "quit from anywhere, even while typing",
    contexts: ["global"],
    matches: (k) => ctrl(k, "c"),
  },
  {
    action: "suspend",
    keys: "Ctrl-Z",
    description: "suspend to the shell (fg resumes)",
    contexts: ["global"],
    matches: (k) => ctrl(k, "z"),
  },
];

/** The action a key press means in a context (global bindings apply everywhere), if any. */
export function actionFor(key: Key, context: Context): Action | undefined {
  return KEYMAP.find((b) => (b.contexts.includes(context) || b.contexts.includes("global")) && b.matches(key))?.action;
}

/** Keys of the query, find and jump lines, for the help (core of readline). */
export const LINE_KEYS: readonly [string, string][] = [
  ["← → Home End", "move in the line (Ctrl-A Ctrl-E, Alt-B Alt-F by word)"],
  ["Ctrl-U Ctrl-K", "delete to the start or the end of the line"],
  ["Ctrl-W Alt-Backspace", "delete the word before the cursor"],
  ["Ctrl-N Ctrl-P", "move through the results while typing"],
  ["Enter ↓", "keep the line and go to the list"],
  ["Esc", "clear the line and leave it"],
];

/** The one-line footer of a context: help and quit first, so that narrow terminals still show them. */
export function footerOf(context: Context): string {
  return [...KEYMAP]
    .filter((b) => b.footer && (b.contexts.includes(context) || b.contexts.includes("global")))
    .sort(
      (a, b) => Number(b.action === "help" || b.action === "quit") - Number(a.action === "help" || a.action === "quit"),
    )
    .map((b) => b.footer)
    .join("  ");
}

/** The footer while a line has the keys. */
export const LINE_FOOTER = "Type to filter · Enter or ↓ to the list · Esc clears · Ctrl-C quit";
