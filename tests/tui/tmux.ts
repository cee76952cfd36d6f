import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const tuiDir = dirname(createRequire(import.meta.url).resolve("@kz-hrc/tui/package.json"));

/** The built `kz-hrc` and the fixture dataset shipped with the TUI package. */
export const CLI = join(tuiDir, "dist", "cli.js");
export const FIXTURE_DATA = join(tuiDir, "fixtures", "data");

let counter = 0;

/** A tmux server of its own (-L socket) running one command in a sized pane. */
export class Terminal {
  readonly socket = `kz-hrc-e2e-${process.pid}-${++counter}`;

  constructor(command: string, size = { columns: 100, rows: 30 }) {
    // remain-on-exit keeps the pane after the program quits, to check what it left behind.
    this.tmux(
      "new-session",
      "-d",
      "-s",
      "main",
      "-x",
      String(size.columns),
      "-y",
      String(size.rows),
      command,
      ";",
      "set-option",
      "-t",
      "main",
      "remain-on-exit",
      "on",
    );
  }

  /** Starts kz-hrc on the fixture data; CI must be unset or Ink draws nothing. */
  static kzHrc(
    options: { env?: string; args?: string; size?: { columns: number; rows: number }; reportExit?: boolean } = {},
  ): Terminal {
    const command = `env -u CI ${options.env ?? ""} node ${CLI} --data ${FIXTURE_DATA} ${options.args ?? ""}`;
    // With reportExit, a shell prints the exit status on the screen the program leaves behind.
    // (The shell then waits, so that tmux has drawn the line before the pane closes.)
    return new Terminal(
      options.reportExit ? `sh -c '${command}; echo "[exited with $?]"; sleep 60'` : command,
      options.size,
    );
  }

  /** The pid of the program the pane's shell started (with reportExit). */
  childPid(): number {
    const shell = this.info("#{pane_pid}");
    const out = execFileSync("ps", ["-o", "pid=", "--ppid", shell], { encoding: "utf8" }).trim();
    return Number(out.split("\n")[0]);
  }

  tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, ...args], { encoding: "utf8" });
  }

  /** The screen as text; with escapes, the SGR attributes too. */
  screen(escapes = false): string {
    return this.tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", "main");
  }

  /** Named keys (Down, Enter, Escape, Tab, BTab, PageDown…) or literal text. */
  keys(...keys: string[]): void {
    this.tmux("send-keys", "-t", "main", ...keys);
  }

  type(text: string): void {
    this.tmux("send-keys", "-t", "main", "-l", text);
  }

  /** Raw bytes, as a terminal would send them (escape sequences, garbage). */
  bytes(data: Uint8Array | string): void {
    const buffer = typeof data === "string" ? Buffer.from(data, "latin1") : Buffer.from(data);
    if (buffer.length === 0) return;
    this.tmux("send-keys", "-t", "main", "-H", ...[...buffer].map((b) => b.toString(16).padStart(2, "0")));
  }

  resize(columns: number, rows: number): void {
    this.tmux("resize-window", "-t", "main", "-x", String(columns), "-y", String(rows));
  }

  info(format: string): string {
    return this.tmux("display-message", "-p", "-t", "main", format).trim();
  }

  /** Waits until the screen satisfies a check (or contains a text), polling; no fixed sleeps. */
  async waitFor(check: string | ((screen: string) => boolean), timeout = 10_000): Promise<string> {
    const test = typeof check === "string" ? (s: string) => s.includes(check) : check;
    const started = Date.now();
    for (;;) {
      const screen = this.screen();
      if (test(screen)) return screen;
      if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${String(check)}; screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  kill(): void {
    spawnSync("tmux", ["-L", this.socket, "kill-server"]);
  }
}

/** The line with the cursor mark. */
export const selectedLine = (screen: string) => screen.split("\n").find((l) => l.startsWith("›")) ?? "";
