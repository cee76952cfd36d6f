import { render } from "ink";
import { App } from "./app.js";
import type { Loaded } from "./lib/load.js";

const ENTER_ALT_SCREEN = "\u001b[?1049h\u001b[H";
const LEAVE_ALT_SCREEN = "\u001b[?1049l\u001b[?25h";

/** Draws the browser on the alternate screen until the user quits; the terminal is restored however it ends. */
export async function runInteractive(loaded: Loaded): Promise<number> {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.stdout.write(LEAVE_ALT_SCREEN);
  };
  process.stdout.write(ENTER_ALT_SCREEN);
  process.once("exit", restore);
  const instance = render(<App loaded={loaded} />, { exitOnCtrlC: false, patchConsole: true });
  // Killed rather than quit: still leave the terminal as we found it.
  for (const [signal, code] of [["SIGTERM", 143], ["SIGHUP", 129], ["SIGINT", 130]] as const) {
    process.once(signal, () => {
      instance.unmount();
      restore();
      process.exit(code);
    });
  }
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
    restore();
  }
  return 0;
}
