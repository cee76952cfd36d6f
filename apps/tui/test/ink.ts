import { stripVTControlCharacters } from "node:util";

/** The last frame as plain text (colours stripped). */
export const plain = (frame: string | undefined) => stripVTControlCharacters(frame ?? "");

/** Polls until the frame satisfies a check, rather than sleeping a fixed time. */
export async function waitForFrame(
  lastFrame: () => string | undefined,
  check: (frame: string) => boolean,
  timeout = 3000,
): Promise<string> {
  const started = Date.now();
  for (;;) {
    const frame = plain(lastFrame());
    if (check(frame)) {
      // Let React run the effects of that render (Ink subscribes input handlers there).
      await new Promise((resolve) => setImmediate(resolve));
      return frame;
    }
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for the frame; last frame:\n${frame}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Named keys as terminals send them. */
export const KEYS = {
  up: "\u001b[A",
  down: "\u001b[B",
  pageDown: "\u001b[6~",
  pageUp: "\u001b[5~",
  enter: "\r",
  escape: "\u001b",
  backspace: "\u007f",
  tab: "\t",
  shiftTab: "\u001b[Z",
  ctrlC: "\u0003",
} as const;
