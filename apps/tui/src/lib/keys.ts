/**
 * Terminal input as key presses. Ink splits what the terminal sends into escape
 * sequences and runs of plain characters; this reads each piece. A run of characters
 * (a burst, a paste) becomes one key press per character, in order. Any sequence this
 * does not know (a colour code, a status report, Ctrl-F1, random bytes) becomes nothing.
 */

export type KeyName =
  | "char"
  | "enter"
  | "tab"
  | "backspace"
  | "delete"
  | "escape"
  | "up"
  | "down"
  | "left"
  | "right"
  | "home"
  | "end"
  | "pageUp"
  | "pageDown"
  | "insert";

export interface Key {
  name: KeyName;
  /** The character, for `char` (a letter for Ctrl and Alt combinations). */
  text?: string;
  ctrl?: boolean;
  /** Alt (or Meta). */
  meta?: boolean;
  shift?: boolean;
}

const ESC = "\u001b";

// Bidirectional overrides and isolates, and C1 controls: never typed, never kept.
// eslint-disable-next-line no-control-regex
const IGNORED = /[\u0000\u001c-\u001f\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** One plain character as a key press. */
function charKey(c: string): Key | undefined {
  if (c === "\r" || c === "\n") return { name: "enter" };
  if (c === "\t") return { name: "tab" };
  if (c === "\u007f" || c === "\b") return { name: "backspace" };
  if (c === ESC) return { name: "escape" };
  const code = c.codePointAt(0) ?? 0;
  if (code >= 1 && code <= 26) return { name: "char", text: String.fromCharCode(code + 96), ctrl: true };
  if (IGNORED.test(c)) return undefined;
  return { name: "char", text: c };
}

/** xterm modifier parameter (1 + shift 1, alt 2, ctrl 4, meta 8). */
function modifiers(param: string | undefined): Pick<Key, "ctrl" | "meta" | "shift"> {
  const n = Number(param ?? "1") - 1;
  if (!Number.isInteger(n) || n <= 0 || n > 15) return {};
  return { ...(n & 1 ? { shift: true } : {}), ...(n & 10 ? { meta: true } : {}), ...(n & 4 ? { ctrl: true } : {}) };
}

const LETTERS: Readonly<Record<string, KeyName>> = { A: "up", B: "down", C: "right", D: "left", H: "home", F: "end" };
const TILDES: ReadonlyMap<string, KeyName> = new Map([
  ["1", "home"],
  ["7", "home"],
  ["4", "end"],
  ["8", "end"],
  ["2", "insert"],
  ["3", "delete"],
  ["5", "pageUp"],
  ["6", "pageDown"],
]);

// CSI: parameters, intermediates, one final byte (ECMA-48).
// eslint-disable-next-line no-control-regex
const CSI = /^\u001b(\u001b)?\[([0-9:;<=>?]*)([ -/]*)([@-~])$/;
// eslint-disable-next-line no-control-regex
const SS3 = /^\u001b(\u001b)?O([@-~])$/;

/** An escape sequence as a key press, or undefined when it is not a key this program reads. */
function sequenceKey(raw: string): Key | undefined {
  if (raw === ESC || raw === ESC + ESC) return { name: "escape" };
  const csi = CSI.exec(raw);
  if (csi) {
    const [, alt, params = "", intermediates = "", final = ""] = csi;
    if (intermediates || /[<=>?:]/.test(params)) return undefined;
    const parts = params.split(";");
    const meta = alt ? { meta: true } : {};
    if (final === "Z" && params === "") return { name: "tab", shift: true };
    if (Object.hasOwn(LETTERS, final) && (params === "" || (parts.length === 2 && parts[0] === "1"))) {
      return { name: LETTERS[final] as KeyName, ...modifiers(parts[1]), ...meta };
    }
    if (final === "~" && parts.length <= 2) {
      const name = TILDES.get(parts[0] ?? "");
      return name ? { name, ...modifiers(parts[1]), ...meta } : undefined;
    }
    return undefined;
  }
  const ss3 = SS3.exec(raw);
  if (ss3) {
    const final = ss3[2] ?? "";
    if (final === "M") return { name: "enter" };
    return Object.hasOwn(LETTERS, final)
      ? { name: LETTERS[final] as KeyName, ...(ss3[1] ? { meta: true } : {}) }
      : undefined;
  }
  // Alt (Meta) with one character: ESC then the character.
  const rest = [...raw.slice(1)];
  if (rest.length === 1) {
    const key = charKey(rest[0] ?? "");
    if (!key || key.name === "escape") return undefined;
    return { ...key, meta: true };
  }
  return undefined;
}

/** The key presses in one piece of terminal input, in order; unknown sequences give none. */
export function parseKeys(raw: string): Key[] {
  if (raw.startsWith(ESC)) {
    const key = sequenceKey(raw);
    return key ? [key] : [];
  }
  const keys: Key[] = [];
  for (const c of raw) {
    const key = charKey(c);
    if (key) keys.push(key);
  }
  return keys;
}
