import type { Action } from "./keymap.js";

/** The cursor after a movement over `length` items, skipping those that cannot be selected. */
export function moveCursor(
  cursor: number,
  action: Action,
  length: number,
  page: number,
  selectable: (index: number) => boolean = () => true,
): number {
  if (length <= 0) return 0;
  const step = Math.max(1, page - 1);
  const half = Math.max(1, Math.floor(page / 2));
  const target =
    action === "up"
      ? cursor - 1
      : action === "down"
        ? cursor + 1
        : action === "pageUp"
          ? cursor - step
          : action === "pageDown"
            ? cursor + step
            : action === "halfUp"
              ? cursor - half
              : action === "halfDown"
                ? cursor + half
                : action === "top"
                  ? 0
                  : action === "bottom"
                    ? length - 1
                    : cursor;
  const clamped = Math.min(length - 1, Math.max(0, target));
  const direction = action === "up" || action === "pageUp" || action === "halfUp" || action === "bottom" ? -1 : 1;
  for (let i = clamped; i >= 0 && i < length; i += direction) if (selectable(i)) return i;
  for (let i = clamped; i >= 0 && i < length; i -= direction) if (selectable(i)) return i;
  return Math.min(Math.max(0, cursor), length - 1);
}

/** The first row to draw so that `row` is visible in a window of `height` rows out of `total`. */
export function windowStart(row: number, total: number, height: number): number {
  if (total <= height) return 0;
  const start = row - Math.floor(height / 3);
  return Math.min(Math.max(0, start), total - height);
}
