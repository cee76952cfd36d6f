import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/**
 * The pager for plain output on a terminal, as git and gh choose it: KZ_HRC_PAGER, then
 * PAGER, then `less` when it is installed. An empty value or `cat` means no pager.
 */
export function pagerCommand(env: NodeJS.ProcessEnv, onPath = isOnPath): string | undefined {
  const chosen = env.KZ_HRC_PAGER ?? env.PAGER;
  if (chosen !== undefined) return chosen.trim() === "" || chosen.trim() === "cat" ? undefined : chosen;
  return onPath("less", env.PATH ?? "") ? "less" : undefined;
}

function isOnPath(name: string, path: string): boolean {
  return path
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/** How many terminal rows the text fills at this width (long lines wrap). */
export function rowsFilled(text: string, columns: number): number {
  const lines = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
  const width = Math.max(1, columns);
  return lines.reduce((rows, line) => rows + Math.max(1, Math.ceil([...line].length / width)), 0);
}

/**
 * Writes the text through the pager and waits for the reader to quit it. Resolves false when
 * the pager could not be started (the caller then writes the text itself).
 */
export function page(command: string, text: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    // less: quit at once if the text fits, keep colour, leave the text on the screen (as git sets it).
    const pagerEnv = { ...env, LESS: env.LESS ?? "FRX", LV: env.LV ?? "-c" };
    const child = spawn(command, { shell: true, stdio: ["pipe", "inherit", "inherit"], env: pagerEnv });
    // Ctrl-C belongs to the pager while it runs (less stays up; so do we, until it quits).
    const ignore = () => {};
    process.on("SIGINT", ignore);
    const done = (started: boolean) => {
      process.off("SIGINT", ignore);
      resolve(started);
    };
    child.on("error", () => done(false));
    // The shell's "not found" (127) or "cannot run" (126): nothing was shown.
    child.on("close", (code) => done(code !== 127 && code !== 126));
    // The reader may quit before reading everything: a closed pipe is not an error.
    child.stdin.on("error", () => {});
    child.stdin.end(text);
  });
}
