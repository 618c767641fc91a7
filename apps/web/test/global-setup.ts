// Starts the built site once for all tests: a fresh seeded SQLite store in a temp folder,
// `next start` on it (no rate limit: the suite makes many requests from one address).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@partnership-atlas/store";
import type { TestProject } from "vitest/node";
import { startSite, webDir } from "./site-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
    /** The server's stdout and stderr, for tests that check nothing was logged as an error. */
    serverLog: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(webDir, ".next", "BUILD_ID"))) {
    throw new Error(
      "apps/web has no production build (.next/BUILD_ID is missing). Run `pnpm --filter @partnership-atlas/web build` first; turbo's test task depends on build.",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "atlas-web-test-"));
  const databaseUrl = `sqlite:${join(dir, "atlas.db")}`;
  // Open once here so the store is created and seeded before the server reads it.
  const store = await openStore(databaseUrl);
  await store.close();
  const serverLog = join(dir, "server.log");
  writeFileSync(serverLog, "");

  let site: Awaited<ReturnType<typeof startSite>>;
  try {
    site = await startSite(databaseUrl, serverLog, { ATLAS_RATE_LIMIT: "0" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  project.provide("baseURL", site.baseURL);
  project.provide("databaseUrl", databaseUrl);
  project.provide("serverLog", serverLog);
  return async () => {
    await site.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
