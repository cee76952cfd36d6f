import { spawnSync } from "node:child_process";

/** The TUI tests need tmux: install it when missing and we are root, else explain. */
export default function setup(): void {
  if (spawnSync("tmux", ["-V"]).status === 0) return;
  if (process.getuid?.() === 0) {
    const install = spawnSync("sh", ["-c", "apt-get install -y tmux || (apt-get update && apt-get install -y tmux)"], {
      stdio: "inherit",
    });
    if (install.status === 0 && spawnSync("tmux", ["-V"]).status === 0) return;
  }
  throw new Error("The TUI end-to-end tests need tmux (apt-get install -y tmux).");
}
