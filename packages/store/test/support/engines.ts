// The engines the contract suite runs against, each giving a fresh, empty database per call.
import { randomBytes } from "node:crypto";
import { appendFileSync, mkdtempSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import type { Engine } from "../../src/index.js";

export interface EngineCase {
  engine: Engine;
  /** A URL for a new, empty database. */
  freshUrl(): Promise<string>;
}

let tmp: string | undefined;
export function tempDir(): string {
  tmp ??= mkdtempSync(path.join(inject("tmpRoot"), "worker-"));
  return tmp;
}

export const sqliteCase: EngineCase = {
  engine: "sqlite",
  async freshUrl() {
    return `sqlite:${path.join(tempDir(), `${randomBytes(6).toString("hex")}.db`)}`;
  },
};

export const postgresCase: EngineCase = {
  engine: "postgres",
  async freshUrl() {
    const admin = inject("pgUrl");
    const name = `atlas_test_${randomBytes(6).toString("hex")}`;
    // The global teardown drops every database listed here (they matter on a PG_TEST_URL server).
    appendFileSync(path.join(inject("tmpRoot"), "pg-databases.txt"), `${name}\n`);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`create database ${name}`);
    } finally {
      await client.end();
    }
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return url.toString();
  },
};

export const ENGINES: EngineCase[] = [sqliteCase, postgresCase];
