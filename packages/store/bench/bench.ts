// pnpm bench: import time (shipped dataset and a ×100 synthetic one) and profile-load latency, per engine.
// PostgreSQL: PG_TEST_URL when set, else a throwaway local cluster (as the tests do).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PartnerId } from "@partnership-atlas/core";
import { readRawDatasetAsync } from "@partnership-atlas/dataset";
import pg from "pg";
import { type Engine, openStore, type Store } from "../src/index.js";
import { startCluster } from "../test/support/pg-cluster.js";
import { countRecords, scaleDataset as scaledDataset } from "@partnership-atlas/core/synthetic";

const TARGETS = { sqliteShippedMs: 1000, sqliteX100Ms: 30_000, profileP50Ms: 5 };

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function profileLatency(store: Store, id: PartnerId, runs = 300): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i++) await store.loadPartnerDataset(id);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [ds, ms] = await timed(() => store.loadPartnerDataset(id));
    if (!ds) throw new Error(`partner ${id} not found`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const mark = (ok: boolean, target: string) => (ok ? `(target ${target}: met)` : `(target ${target}: MISSED)`);

async function benchEngine(engine: Engine, freshUrl: () => Promise<string>, shipped: unknown, x100: unknown, x100Count: number) {
  console.log(`\n${engine}`);
  const store = await openStore(await freshUrl(), { seed: false });
  try {
    const [, shippedMs] = await timed(() => store.importDataset(shipped, { mode: "replace", actor: "bench" }));
    console.log(`  import shipped dataset (${countRecords(shipped as object)} records): ${fmt(shippedMs)} ${engine === "sqlite" ? mark(shippedMs < TARGETS.sqliteShippedMs, "< 1 s") : ""}`);
    const profile = await profileLatency(store, "cn" as PartnerId);
    console.log(`  load one partner's profile data (cn): p50 ${fmt(profile.p50)}, p95 ${fmt(profile.p95)} ${engine === "sqlite" ? mark(profile.p50 < TARGETS.profileP50Ms, "p50 < 5 ms") : ""}`);
  } finally {
    await store.close();
  }
  const big = await openStore(await freshUrl(), { seed: false });
  try {
    const [, bigMs] = await timed(() => big.importDataset(x100, { mode: "replace", actor: "bench" }));
    console.log(`  import ×100 synthetic dataset (${x100Count} records): ${fmt(bigMs)} ${engine === "sqlite" ? mark(bigMs < TARGETS.sqliteX100Ms, "< 30 s") : ""}`);
    const profile = await profileLatency(big, "cn" as PartnerId, 200);
    console.log(`  load one partner's profile data in the ×100 store: p50 ${fmt(profile.p50)}, p95 ${fmt(profile.p95)}`);
  } finally {
    await big.close();
  }
}

async function main() {
  const shipped = await readRawDatasetAsync();
  const x100 = scaledDataset(shipped, 100);
  const x100Count = countRecords(x100);
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-bench-"));
  let stop: (() => void) | undefined;
  try {
    await benchEngine("sqlite", async () => `sqlite:${path.join(dir, `${randomBytes(6).toString("hex")}.db`)}`, shipped, x100, x100Count);
    let admin = process.env.PG_TEST_URL;
    if (!admin) ({ url: admin, stop } = await startCluster());
    const adminUrl = admin;
    await benchEngine(
      "postgres",
      async () => {
        const name = `atlas_bench_${randomBytes(6).toString("hex")}`;
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`create database ${name}`);
        await client.end();
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        return url.toString();
      },
      shipped,
      x100,
      x100Count,
    );
  } finally {
    stop?.();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
