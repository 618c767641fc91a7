// The cost of "as recorded on" pages beside current ones: China's profile today (cached), the
// same recorded on one old revision (rebuilt once, then from the LRU of rebuilt records), on 16
// revisions in turn (more than the LRU holds: a rebuild per request), and the API likewise.
// Builds nothing. The rate limit is off (ATLAS_RATE_LIMIT=0): one client makes every request.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@partnership-atlas/store";
import autocannon from "autocannon";
import { startSite, webDir } from "../test/site-server";

const CONNECTIONS = 16;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const EDITS = 200;

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function load(url: string, paths?: string[]): Promise<Load> {
  const requests = paths?.map((path) => ({ path }));
  await autocannon({ url, connections: 4, duration: 1, requests });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, requests });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx };
}

async function main() {
  if (!existsSync(join(webDir, ".next", "BUILD_ID"))) throw new Error("No production build: run `pnpm --filter @partnership-atlas/web build` first.");
  const dir = mkdtempSync(join(tmpdir(), "atlas-web-bench-"));
  const databaseUrl = `sqlite:${join(dir, "atlas.db")}`;
  const store = await openStore(databaseUrl);
  // A history to go back through: EDITS corrections of one theme's label after the seed (revision 1).
  for (let i = 0; i < EDITS; i++) {
    const t = (await store.getRecord("themes", "employment"))!;
    await store.update("themes", "employment", { ...t.record, label: `Employment ${i}` }, { actor: "bench", expectedVersion: t.version, note: "bench" });
  }
  await store.close();
  const log = join(dir, "server.log");
  writeFileSync(log, "");
  const site = await startSite(databaseUrl, log, { ATLAS_RATE_LIMIT: "0" });
  try {
    const base = site.baseURL;
    const revisions = Array.from({ length: 16 }, (_, i) => 1 + i * Math.floor(EDITS / 16));
    const cases: [string, string[]][] = [
      ["/partners/cn (cached)", ["/partners/cn"]],
      ["/partners/cn?asOf=2022-06-01", ["/partners/cn?asOf=2022-06-01"]],
      ["?recordedOn=r1 (one revision)", ["/partners/cn?recordedOn=r1"]],
      ["?recordedOn= 16 revisions", revisions.map((r) => `/partners/cn?recordedOn=r${r}`)],
      ["/api/v1/partners/cn", ["/api/v1/partners/cn"]],
      ["API ?recordedOn=r1", ["/api/v1/partners/cn?recordedOn=r1"]],
      ["API ?recordedOn= 16 revisions", revisions.map((r) => `/api/v1/partners/cn?recordedOn=r${r}`)],
    ];
    console.log(`China's profile, ${EDITS} versions of history, ${CONNECTIONS} connections for ${DURATION_S} s each`);
    const results: Load[] = [];
    for (const [name, paths] of cases) {
      const l = await load(base, paths);
      results.push(l);
      console.log(`${name.padEnd(32)} ${l.rps.toFixed(0).padStart(7)} req/s   p50 ${String(l.p50).padStart(5)} ms   p99 ${String(l.p99).padStart(5)} ms   non-2xx ${l.non2xx}`);
    }
    const [cached, dated, one, many, api, apiOne, apiMany] = results as [Load, Load, Load, Load, Load, Load, Load];
    console.log(`recordedOn page, one revision: ${(one.rps / dated.rps).toFixed(2)}× a dated page (asOf, cached), ${(one.rps / cached.rps).toFixed(3)}× today's cached page`);
    console.log(`recordedOn page, 16 revisions (LRU of 8 misses): ${(many.rps / dated.rps).toFixed(2)}× a dated page`);
    console.log(`API recordedOn: one revision ${(apiOne.rps / api.rps).toFixed(2)}×, 16 revisions ${(apiMany.rps / api.rps).toFixed(2)}× the current answer`);
  } finally {
    await site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
