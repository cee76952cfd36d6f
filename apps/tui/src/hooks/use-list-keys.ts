import { useInput, useStdin } from "ink";
import { actionFor } from "../lib/keymap.js";
import { moveCursor } from "../lib/window.js";

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
export function useListKeys({ active, cursor, length, page, selectable, onCursor, onOpen }: Options): void {
  const { isRawModeSupported } = useStdin();
  useInput(
    (input, key) => {
      const action = actionFor(input, key);
      if (action === "open") onOpen(cursor);
      else if (action === "up" || action === "down" || action === "pageUp" || action === "pageDown" || action === "top" || action === "bottom") {
        const next = moveCursor(cursor, action, length, page, selectable);
        if (next !== cursor) onCursor(next);
      }
    },
    { isActive: active && isRawModeSupported === true },
  );
}
