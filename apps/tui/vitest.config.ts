import { defineConfig } from "vitest/config";

export default defineConfig({
  // CLI tests spawn the built program many times; give a loaded machine room.
  test: { include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.ts"], testTimeout: 30_000 },
});
