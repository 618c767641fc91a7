// The map's costs: server render time of /map (p50 under 64 connections, beside the profile
// page), the gzip size of the map pages, the client JavaScript the year slider adds, and the
// time to render the PNG download. Builds nothing; the rate limit is off (one client).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { openStore } from "@partnership-atlas/store";
import autocannon from "autocannon";
import { startSite, webDir } from "../test/site-server";

const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function p50(url: string, paths?: string[]) {
  const requests = paths?.map((path) => ({ path }));
  await autocannon({ url, connections: 8, duration: 2, requests });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, requests });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

/** The gzip size of each script a page loads, by address. */
async function scripts(base: string, html: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    if (/\snomodule/.test(m[0])) continue;
    const body = Buffer.from(await (await fetch(new URL(m[1]!, base))).arrayBuffer());
    out.set(m[1]!, gzipSync(body, { level: 9 }).length);
  }
  return out;
}

async function main() {
  if (!existsSync(join(webDir, ".next", "BUILD_ID"))) throw new Error("No production build: run `pnpm --filter @partnership-atlas/web build` first.");
  const dir = mkdtempSync(join(tmpdir(), "atlas-map-bench-"));
  const databaseUrl = `sqlite:${join(dir, "atlas.db")}`;
  await (await openStore(databaseUrl)).close();
  const log = join(dir, "server.log");
  writeFileSync(log, "");
  const site = await startSite(databaseUrl, log, { ATLAS_RATE_LIMIT: "0" });
  try {
    const base = site.baseURL;
    const get = async (path: string) => (await fetch(`${base}${path}`)).text();
    console.log("gzip size of the HTML (level 9)");
    for (const path of ["/map", "/map?instrument=C187", "/zh/map?instrument=C187", "/embed/map?instrument=C187", "/", "/instruments/C187", "/partners/cn"]) {
      const html = await get(path);
      console.log(`  ${path.padEnd(28)} ${kb(html.length).padStart(9)} raw  ${kb(gzipSync(html, { level: 9 }).length).padStart(9)} gzip`);
    }
    const mapJs = await scripts(base, await get("/map"));
    const profileJs = await scripts(base, await get("/partners/cn"));
    const added = [...mapJs].filter(([src]) => !profileJs.has(src));
    const total = (m: Iterable<[string, number]>) => [...m].reduce((n, [, v]) => n + v, 0);
    console.log(`\nclient JS: /partners/cn ${kb(total(profileJs))} gzip; /map ${kb(total(mapJs))} gzip; added by the slider (scripts only /map loads): ${kb(total(added))} gzip in ${added.length} file(s)`);

    const pngTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      const started = performance.now();
      await (await fetch(`${base}/data/map/world.png?instrument=C187&asOf=${2010 + i}-12-31`)).arrayBuffer();
      pngTimes.push(performance.now() - started);
    }
    pngTimes.sort((a, b) => a - b);
    console.log(`PNG download (1920 px wide), median of 9 dates: ${pngTimes[4]!.toFixed(0)} ms`);

    const years = Array.from({ length: 20 }, (_, i) => `/map?instrument=C187&year=${2007 + i}`);
    const row = (name: string, l: Awaited<ReturnType<typeof p50>>) =>
      `  ${name.padEnd(34)} p50 ${String(l.p50).padStart(5)} ms   p99 ${String(l.p99).padStart(5)} ms   ${l.rps.toFixed(0).padStart(6)} req/s   non-2xx ${l.non2xx}   errors ${l.errors}`;
    console.log(`\nserver render under ${CONNECTIONS} connections for ${DURATION_S} s`);
    console.log(row("/partners/cn (cached route)", await p50(`${base}/partners/cn`)));
    console.log(row("/map (fundamental, today)", await p50(`${base}/map`)));
    console.log(row("/map?instrument=C187", await p50(`${base}/map?instrument=C187`)));
    console.log(row("/map C187, 20 years rotating", await p50(base, years)));
  } finally {
    await site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
