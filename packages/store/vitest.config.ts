import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@partnership-atlas/source"] },
  ssr: { resolve: { conditions: ["@partnership-atlas/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ["test/global-setup.ts"],
  },
});
