import { EventEmitter } from "node:events";
import { render } from "ink";
import { App } from "./app.js";
import type { Loaded } from "./lib/load.js";

const ENTER_ALT_SCREEN = "\u001b[?1049h\u001b[H";
const LEAVE_ALT_SCREEN = "\u001b[?1049l\u001b[?25h";

/** Signals that end the program, with the exit status a shell reports for each (128 + number). */
const ENDING = [
  ["SIGTERM", 143],
  ["SIGHUP", 129],
  ["SIGINT", 130],
  ["SIGQUIT", 131],
] as const;

/** Draws the browser on the alternate screen until the user quits; the terminal is restored however it ends. */
export async function runInteractive(loaded: Loaded): Promise<number> {
  let restored = false;
  let code: number = 0;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.stdout.write(LEAVE_ALT_SCREEN);
  };
  process.stdout.write(ENTER_ALT_SCREEN);
  process.once("exit", restore);
  const signals = new EventEmitter();
  // Ctrl-Z (or a SIGTSTP from elsewhere): give the terminal back and stop; on `fg`, take
  // it again and draw everything. SIGSTOP stops for certain, as a handled SIGTSTP no longer does.
  const suspend = () => {
    process.stdout.write(LEAVE_ALT_SCREEN);
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    process.once("SIGCONT", () => {
      if (process.stdin.isTTY) process.stdin.setRawMode(true);
      process.stdout.write(ENTER_ALT_SCREEN);
      signals.emit("redraw");
    });
    process.kill(process.pid, "SIGSTOP");
  };
  process.on("SIGTSTP", suspend);
  const instance = render(
    <App
      loaded={loaded}
      signals={signals}
      onQuit={(c) => {
        code = c;
      }}
      onSuspend={suspend}
    />,
    { exitOnCtrlC: false, patchConsole: true },
  );
  // Killed rather than quit: still leave the terminal as we found it.
  for (const [signal, status] of ENDING) {
    process.once(signal, () => {
      instance.unmount();
      restore();
      process.exit(status);
    });
  }
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
    restore();
  }
  return code;
}
