import { useInput, useStdin } from "ink";
import { isInterrupt, keyPresses } from "../lib/keymap.js";
import { useLatest } from "./use-latest.js";

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Typing into a one-line query: letters append, Backspace deletes, Ctrl-U clears; Enter, ↓ or Esc hand the keys back. */
export function useLineInput(active: boolean, value: string, onChange: (value: string) => void, onDone: () => void): void {
  const { isRawModeSupported } = useStdin();
  const latest = useLatest({ active, value, onChange, onDone });
  useInput(
    (input, key) => {
      if (isInterrupt(input, key)) return;
      const { active, value, onChange, onDone } = latest.current;
      if (!active) return;
      let text = value;
      let done = false;
      for (const [i, k] of keyPresses(input, key)) {
        if (k.return || k.escape || k.downArrow || k.tab) {
          done = true;
          break;
        }
        if (k.backspace || k.delete) text = [...text].slice(0, -1).join("");
        else if (k.ctrl && i === "u") text = "";
        // Keep printable characters only: pasted text may hold escapes.
        else if (!k.ctrl && !k.meta) text += i.replace(UNSAFE, "");
      }
      if (text !== value) onChange(text);
      if (done) onDone();
    },
    // Subscribed for the screen's whole life, checked per key (see useListKeys).
    { isActive: isRawModeSupported === true },
  );
}
