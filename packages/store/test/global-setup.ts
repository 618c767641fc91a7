// Gives the tests a PostgreSQL server: PG_TEST_URL when set, else a throwaway cluster started here.
// Never skips: no server means the run fails, with what to install.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startCluster } from "./support/pg-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string;
    /** A folder for the tests' SQLite files, removed after the run. */
    tmpRoot: string;
  }
}

export default async function setup(project: TestProject) {
  let url = process.env.PG_TEST_URL;
  let stop: (() => void) | undefined;
  if (!url) ({ url, stop } = await startCluster());
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    stop?.();
    throw new Error(`the PostgreSQL test server at ${url.replace(/:[^:@/]*@/, ":***@")} cannot be reached: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  project.provide("pgUrl", url);
  const tmpRoot = mkdtempSync(path.join(tmpdir(), "atlas-store-test-"));
  project.provide("tmpRoot", tmpRoot);
  return async () => {
    const list = path.join(tmpRoot, "pg-databases.txt");
    const names = existsSync(list) ? readFileSync(list, "utf8").split("\n").filter((n) => /^atlas_test_[0-9a-f]+$/.test(n)) : [];
    rmSync(tmpRoot, { recursive: true, force: true });
    if (stop) return stop();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
    } finally {
      await admin.end();
    }
  };
}
