import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tui/**/*.test.ts"],
    globalSetup: ["tui/global-setup.ts"],
    // Each test drives a real terminal; a slow machine gets room, a hang still fails.
    testTimeout: 30_000,
  },
});
