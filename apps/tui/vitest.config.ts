import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@partnership-atlas/source"] },
  ssr: { resolve: { conditions: ["@partnership-atlas/source"] } },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Deterministic environment: no colour, a fixed "today".
    env: { NO_COLOR: "1", ATLAS_TODAY: "2026-11-30" },
  },
});
