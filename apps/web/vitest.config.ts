// End-to-end tests: a seeded temp store, `next start` on it, Debian Chromium through playwright-core.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One server and one browser; the files share them, so run them one after another.
    fileParallelism: false,
  },
});
