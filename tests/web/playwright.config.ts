import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM, findChromium } from "./chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  globalSetup: "./global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  outputDir: "../test-results/web",
  use: {
    // 127.0.0.1, not localhost: the resolver rules leave only that address resolvable.
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath: findChromium() ?? DEBIAN_CHROMIUM, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: "pnpm --filter @kz-hrc/web start",
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
