/**
 * The one key map: the input handlers ask `actionFor`, the footer and the `?` overlay
 * print `KEYMAP`, so what the help says is what the keys do.
 */

/** The fields of Ink's `Key` that the map reads (Ink's Key satisfies it). */
export interface KeyLike {
  upArrow?: boolean;
  downArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  backspace?: boolean;
  delete?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

export type Action =
  | "up"
  | "down"
  | "pageUp"
  | "pageDown"
  | "top"
  | "bottom"
  | "open"
  | "back"
  | "nextSection"
  | "previousSection"
  | "search"
  | "filter"
  | "help"
  | "quit";

interface Binding {
  action: Action;
  /** How the help shows the keys. */
  keys: string;
  description: string;
  /** Shown in the one-line footer. */
  footer?: string;
  matches: (input: string, key: KeyLike) => boolean;
}

/** Every key binding, in the order the help lists them. */
export const KEYMAP: readonly Binding[] = [
  { action: "up", keys: "↑ k", description: "move up", matches: (i, k) => !!k.upArrow || i === "k" },
  { action: "down", keys: "↓ j", description: "move down", footer: "↑↓ jk move", matches: (i, k) => !!k.downArrow || i === "j" },
  { action: "pageUp", keys: "PgUp", description: "page up", matches: (_, k) => !!k.pageUp },
  { action: "pageDown", keys: "PgDn", description: "page down", matches: (_, k) => !!k.pageDown },
  { action: "top", keys: "g Home", description: "go to the first line", matches: (i, k) => i === "g" || !!k.home },
  { action: "bottom", keys: "G End", description: "go to the last line", matches: (i, k) => i === "G" || !!k.end },
  { action: "open", keys: "Enter", description: "open the selected record or link", footer: "Enter open", matches: (_, k) => !!k.return },
  {
    action: "back",
    keys: "Esc Backspace",
    description: "go back to where you were",
    footer: "Esc back",
    matches: (_, k) => !!k.escape || !!k.backspace || !!k.delete,
  },
  {
    action: "previousSection",
    keys: "Shift-Tab",
    description: "previous section",
    matches: (_, k) => !!k.tab && !!k.shift,
  },
  { action: "nextSection", keys: "Tab", description: "next section", footer: "Tab section", matches: (_, k) => !!k.tab && !k.shift },
  { action: "search", keys: "/", description: "search every record", footer: "/ search", matches: (i) => i === "/" },
  { action: "filter", keys: "f", description: "edit the timeline filter", matches: (i) => i === "f" },
  { action: "help", keys: "?", description: "show or hide this help", footer: "? help", matches: (i) => i === "?" },
  { action: "quit", keys: "q Ctrl-C", description: "quit", footer: "q quit", matches: (i, k) => i === "q" || (!!k.ctrl && i === "c") },
];

/** The action a key press means, if any. */
export function actionFor(input: string, key: KeyLike): Action | undefined {
  return KEYMAP.find((b) => b.matches(input, key))?.action;
}

/** True for Ctrl-C, which quits from anywhere, even while typing. */
export function isInterrupt(input: string, key: KeyLike): boolean {
  return !!key.ctrl && input === "c";
}

/** The one-line footer: the most used keys, help and quit first so that narrow terminals still show them. */
export const FOOTER = [...KEYMAP]
  .sort((a, b) => Number(b.action === "help" || b.action === "quit") - Number(a.action === "help" || a.action === "quit"))
  .flatMap((b) => (b.footer ? [b.footer] : []))
  .join("  ");

/**
 * Ink hands over a run of plain characters as one input ("jj\r" when keys arrive
 * together): split it back into single key presses.
 */
export function keyPresses(input: string, key: KeyLike): [string, KeyLike][] {
  const chars = [...input];
  if (chars.length <= 1 || key.ctrl) return [[input, key]];
  return chars.map((c): [string, KeyLike] =>
    c === "\r" || c === "\n" ? ["", { return: true }]
    : c === "\t" ? ["", { tab: true }]
    : c === "\u007f" ? ["", { delete: true }]
    : c === "\b" ? ["", { backspace: true }]
    : [c, {}],
  );
}
