import { execFileSync } from "node:child_process";
import { findChromium } from "./chromium";

/** Installs Debian's Chromium when no browser is found and we may (root). */
export default function globalSetup(): void {
  if (findChromium()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "No Chromium found: set CHROMIUM_PATH, or install Debian's chromium package (apt-get install chromium).",
    );
  }
  console.log("No Chromium found: installing Debian's chromium package…");
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}
