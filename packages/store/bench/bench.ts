// pnpm bench: import time (shipped dataset and a ×100 synthetic one), profile-load latency, and
// single-record write latency (create, update, delete on the shipped dataset and a ×10 one), and the
// cost of rebuilding the records at an old revision (300 and 3,000 versions of history), per engine.
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

const TARGETS = { sqliteShippedMs: 1000, sqliteX100Ms: 30_000, profileP50Ms: 5, writeX10OverX1: 2 };
const WRITES = 150;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

interface Latency {
  p50: number;
  p95: number;
}

function latency(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

/**
 * Creates WRITES agreements (copies of one of cn's, under new ids), updates each, then deletes
 * each, timing every call; then updates one instrument, whose ratifications are re-checked.
 */
async function writeLatency(store: Store): Promise<{ create: Latency; update: Latency; delete: Latency; instrument: Latency; ratifiedBy: number }> {
  const template = (await store.loadPartnerDataset("cn" as PartnerId))?.agreements[0];
  if (!template) throw new Error("partner cn has no agreement to copy");
  const times = { create: [] as number[], update: [] as number[], delete: [] as number[], instrument: [] as number[] };
  const ids = Array.from({ length: WRITES }, (_, i) => `bench-write-${i}`);
  for (const id of ids) {
    const [, ms] = await timed(() => store.create("agreements", { ...template, id }, { actor: "bench" }));
    times.create.push(ms);
  }
  for (const id of ids) {
    const [, ms] = await timed(() => store.update("agreements", id, { ...template, id, title: `${template.title} (revised)` }, { actor: "bench", expectedVersion: 1, note: "bench" }));
    times.update.push(ms);
  }
  for (const id of ids) {
    const [, ms] = await timed(() => store.delete("agreements", id, { actor: "bench", expectedVersion: 2, note: "bench" }));
    times.delete.push(ms);
  }
  const code = "C029";
  const ins = await store.getRecord("instruments", code);
  if (!ins) throw new Error(`no instrument ${code}`);
  const ratifiedBy = (await store.loadDataset()).ratifications.filter((r) => r.instrument === code).length;
  let version = ins.version;
  for (let i = 0; i < 30; i++) {
    const [, ms] = await timed(() => store.update("instruments", code, { ...ins.record, title: `${ins.record.title} ${i}` }, { actor: "bench", expectedVersion: version, note: "bench" }));
    version++;
    times.instrument.push(ms);
  }
  return { create: latency(times.create), update: latency(times.update), delete: latency(times.delete), instrument: latency(times.instrument), ratifiedBy };
}

async function benchWrites(freshUrl: () => Promise<string>, shipped: unknown) {
  const x10 = scaledDataset(shipped, 10);
  const results = [];
  for (const [label, data] of [
    ["shipped", shipped],
    ["×10", x10],
  ] as const) {
    const store = await openStore(await freshUrl(), { seed: false });
    try {
      await store.importDataset(data, { mode: "replace", actor: "bench", note: "bench" });
      const r = await writeLatency(store);
      results.push(r);
      const line = (name: string, l: Latency) => `${name} p50 ${fmt(l.p50)}, p95 ${fmt(l.p95)}`;
      console.log(`  write one agreement, ${label} dataset (${countRecords(data as object)} records): ${line("create", r.create)}; ${line("update", r.update)}; ${line("delete", r.delete)}`);
      console.log(`  update instrument C029, ${label} dataset (${r.ratifiedBy} ratifications re-checked): ${line("", r.instrument).trim()}`);
    } finally {
      await store.close();
    }
  }
  const [one, ten] = results;
  if (one && ten) {
    const ratios = (["create", "update", "delete"] as const).map((op) => [op, ten[op].p50 / one[op].p50] as const);
    const worst = Math.max(...ratios.map(([, r]) => r));
    console.log(
      `  ×10 p50 over shipped p50: ${ratios.map(([op, r]) => `${op} ${r.toFixed(2)}×`).join(", ")} ${mark(worst <= TARGETS.writeX10OverX1, "within 2×")}`,
    );
  }
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

/** `pnpm bench --writes` times only the writes (the imports of ×100 take a while). */
const WRITES_ONLY = process.argv.includes("--writes");
/** `pnpm bench --history` times only rebuilding the records at an old revision ("as recorded on"). */
const HISTORY_ONLY = process.argv.includes("--history");

/** Median of `runs` timings of `fn`. */
async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(fn))[1]);
  return latency(times).p50;
}

/** `edits` updates after the shipped import, cycling over themes and instruments (each a new version). */
async function makeHistory(store: Store, edits: number): Promise<void> {
  const themes = await store.listRecords("themes");
  const instruments = await store.listRecords("instruments");
  const versions = new Map<string, number>();
  for (let i = 0; i < edits; i++) {
    if (i % 2 === 0) {
      const t = themes[i % themes.length]!;
      const v = versions.get(`t:${t.key}`) ?? t.version;
      await store.update("themes", t.key, { ...t.record, label: `${t.record.label} ${i}` }, { actor: "bench", expectedVersion: v, note: "bench" });
      versions.set(`t:${t.key}`, v + 1);
    } else {
      const r = instruments[i % instruments.length]!;
      const v = versions.get(`i:${r.key}`) ?? r.version;
      await store.update("instruments", r.key, { ...r.record, title: `${r.record.title} ${i}` }, { actor: "bench", expectedVersion: v, note: "bench" });
      versions.set(`i:${r.key}`, v + 1);
    }
  }
}

/**
 * Rebuilding the records as recorded on an old revision, beside loading the current ones: on the
 * shipped data with 300 edits after it, and with 3,000 (×10 history).
 */
async function benchHistory(freshUrl: () => Promise<string>, shipped: unknown) {
  for (const edits of [300, 3000]) {
    const store = await openStore(await freshUrl(), { seed: false });
    try {
      await store.importDataset(shipped, { mode: "replace", actor: "bench", note: "bench" });
      const [, makeMs] = await timed(() => makeHistory(store, edits));
      const current = await median(9, () => store.loadDataset());
      const oldest = await median(9, () => store.datasetAt({ revision: 1 }));
      const middle = await median(9, () => store.datasetAt({ revision: 1 + edits / 2 }));
      const latest = await median(9, () => store.datasetAt({ revision: 1 + edits }));
      console.log(
        `  as recorded on, ${edits} versions after the shipped import (written in ${fmt(makeMs)}): current records ${fmt(current)}; rebuilt at the latest ${fmt(latest)}, halfway back ${fmt(middle)}, at the import (replaying all ${edits}) ${fmt(oldest)} (medians of 9)`,
      );
    } finally {
      await store.close();
    }
  }
}

async function benchEngine(engine: Engine, freshUrl: () => Promise<string>, shipped: unknown, x100: unknown, x100Count: number) {
  console.log(`\n${engine}`);
  if (WRITES_ONLY) return benchWrites(freshUrl, shipped);
  if (HISTORY_ONLY) return benchHistory(freshUrl, shipped);
  const store = await openStore(await freshUrl(), { seed: false });
  try {
    const [, shippedMs] = await timed(() => store.importDataset(shipped, { mode: "replace", actor: "bench", note: "bench" }));
    console.log(`  import shipped dataset (${countRecords(shipped as object)} records): ${fmt(shippedMs)} ${engine === "sqlite" ? mark(shippedMs < TARGETS.sqliteShippedMs, "< 1 s") : ""}`);
    const profile = await profileLatency(store, "cn" as PartnerId);
    console.log(`  load one partner's profile data (cn): p50 ${fmt(profile.p50)}, p95 ${fmt(profile.p95)} ${engine === "sqlite" ? mark(profile.p50 < TARGETS.profileP50Ms, "p50 < 5 ms") : ""}`);
  } finally {
    await store.close();
  }
  const big = await openStore(await freshUrl(), { seed: false });
  try {
    const [, bigMs] = await timed(() => big.importDataset(x100, { mode: "replace", actor: "bench", note: "bench" }));
    console.log(`  import ×100 synthetic dataset (${x100Count} records): ${fmt(bigMs)} ${engine === "sqlite" ? mark(bigMs < TARGETS.sqliteX100Ms, "< 30 s") : ""}`);
    const profile = await profileLatency(big, "cn" as PartnerId, 200);
    console.log(`  load one partner's profile data in the ×100 store: p50 ${fmt(profile.p50)}, p95 ${fmt(profile.p95)}`);
  } finally {
    await big.close();
  }
  await benchWrites(freshUrl, shipped);
  await benchHistory(freshUrl, shipped);
}

async function main() {
  const shipped = await readRawDatasetAsync();
  // With --writes the ×100 dataset is not imported; it is not built either.
  const x100 = WRITES_ONLY || HISTORY_ONLY ? {} : scaledDataset(shipped, 100);
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
