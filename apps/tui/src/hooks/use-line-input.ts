import { useInput, useStdin } from "ink";
import { isInterrupt } from "../lib/keymap.js";

/** Typing into a one-line query: letters append, Backspace deletes, Ctrl-U clears; Enter, ↓ or Esc hand the keys back. */
export function useLineInput(active: boolean, value: string, onChange: (value: string) => void, onDone: () => void): void {
  const { isRawModeSupported } = useStdin();
  useInput(
    (input, key) => {
      if (isInterrupt(input, key)) return;
      if (key.return || key.escape || key.downArrow || key.tab) return onDone();
      if (key.backspace || key.delete) return onChange([...value].slice(0, -1).join(""));
      if (key.ctrl && input === "u") return onChange("");
      if (key.ctrl || key.meta || !input) return;
      // Pasted text may hold newlines or escapes: keep printable characters only.
      // eslint-disable-next-line no-control-regex
      const printable = input.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "");
      if (printable) onChange(value + printable);
    },
    { isActive: active && isRawModeSupported === true },
  );
}
