import { useInput, useStdin } from "ink";
import { actionFor, keyPresses } from "../lib/keymap.js";
import { moveCursor } from "../lib/window.js";
import { useLatest } from "./use-latest.js";

interface Options {
  active: boolean;
  cursor: number;
  length: number;
  page: number;
  selectable?: (index: number) => boolean;
  onCursor: (cursor: number) => void;
  onOpen: (index: number) => void;
}

/** Keys of a list or a record view: move, page, jump, open. */
export function useListKeys(options: Options): void {
  const { isRawModeSupported } = useStdin();
  const latest = useLatest(options);
  useInput(
    (input, key) => {
      const { active, cursor, length, page, selectable, onCursor, onOpen } = latest.current;
      if (!active) return;
      let current = cursor;
      for (const [i, k] of keyPresses(input, key)) {
        const action = actionFor(i, k);
        if (action === "open") return onOpen(current);
        if (action === "up" || action === "down" || action === "pageUp" || action === "pageDown" || action === "top" || action === "bottom") {
          current = moveCursor(current, action, length, page, selectable);
        }
      }
      if (current !== cursor) onCursor(current);
    },
    // Subscribed for the screen's whole life; `active` is checked per key, so a key
    // arriving just after a focus change is not lost.
    { isActive: isRawModeSupported === true },
  );
}
