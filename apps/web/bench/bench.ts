// Throughput of the home page (187 States), China's profile and a small State's profile under 64
// connections, each beside a static server sending the same saved HTML; the home page's gzip
// HTML size; a dated view (`?asOf=`) beside the canonical page, one date repeated and dates
// rotating through a year; and the gzip size of the client JavaScript the page loads.
// Builds nothing. The rate limit is off (ATLAS_RATE_LIMIT=0): one client makes every request.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { freePort, waitForHttp } from "@partnership-atlas/test-support";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { openStore } from "@partnership-atlas/store";
import autocannon from "autocannon";

const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const PATH = "/partners/cn";
/** The pages that must be served from the route cache about as fast as a static server (issue 10). */
const CACHED_PAGES = ["/", PATH, "/partners/tv"];
const CACHED_TARGET = 0.7;
const HOME_GZIP_LIMIT = 100 * 1024;
const DATED_PATH = "/partners/cn?asOf=2022-06-01";
/** 32 dates over 2022, so the rotating run renders each date once and then serves it cached. */
const ROTATING_DATES = Array.from({ length: 32 }, (_, i) => new Date(Date.UTC(2022, 0, 1 + i * 11)).toISOString().slice(0, 10));
const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);

function start(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { cwd: webDir, detached: true, env, stdio: ["ignore", "ignore", "inherit"] });
}

function stop(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, paths?: string[]): Promise<Load> {
  const requests = paths?.map((path) => ({ path }));
  // Warm up first, so neither side is measured cold.
  await autocannon({ url, connections: 8, duration: 2, requests });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, requests });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  if (!existsSync(join(webDir, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `pnpm --filter @partnership-atlas/web build` first (turbo's bench task depends on build).");
  }
  const dir = mkdtempSync(join(tmpdir(), "atlas-web-bench-"));
  const databaseUrl = `sqlite:${join(dir, "atlas.db")}`;
  const store = await openStore(databaseUrl);
  await store.close();

  const nextPort = await freePort();
  const next = start([join(webDir, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(nextPort), "-H", "127.0.0.1"], {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    ATLAS_RATE_LIMIT: "0",
  });
  let staticServer: ChildProcess | undefined;
  try {
    const base = `http://127.0.0.1:${nextPort}`;
    await waitForHttp(`${base}${PATH}`, { child: next });
    const html = await (await fetch(`${base}${PATH}`)).text();

    // The client JavaScript the page loads: every <script src> (gzip each, as a server would send it),
    // and, apart, the inline scripts that carry the React Server Components payload.
    // `nomodule` scripts (polyfills) are skipped by every browser that runs modules, so they
    // are reported apart.
    const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].map((m) => ({
      src: m[2]!,
      noModule: /\snomodule/i.test(`${m[1]} ${m[3]}`),
    }));
    const srcs = tags.filter((t) => !t.noModule).map((t) => t.src);
    let jsRaw = 0;
    let jsGzip = 0;
    let polyfillGzip = 0;
    for (const tag of tags) {
      const body = Buffer.from(await (await fetch(new URL(tag.src, base))).arrayBuffer());
      const gz = gzipSync(body, { level: 9 }).length;
      if (tag.noModule) polyfillGzip += gz;
      else {
        jsRaw += body.length;
        jsGzip += gz;
      }
    }
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
    const inlineGzip = gzipSync(Buffer.from(inline), { level: 9 }).length;

    const datedLoad = await load(`${base}${DATED_PATH}`);
    const rotatingLoad = await load(base, ROTATING_DATES.map((d) => `${PATH}?asOf=${d}`));

    const row = (name: string, l: Load) =>
      `${name.padEnd(26)} ${l.rps.toFixed(0).padStart(8)} req/s   p50 ${String(l.p50).padStart(5)} ms   p99 ${String(l.p99).padStart(5)} ms   non-2xx ${l.non2xx}   errors ${l.errors}`;
    let nextLoad: Load | undefined;
    for (const page of CACHED_PAGES) {
      const pageHtml = await (await fetch(`${base}${page}`)).text();
      const file = join(dir, `page-${CACHED_PAGES.indexOf(page)}.html`);
      writeFileSync(file, pageHtml);
      const pageLoad = await load(`${base}${page}`);
      if (page === PATH) nextLoad = pageLoad;
      const staticPort = await freePort();
      staticServer = start([join(webDir, "bench", "static-server.mjs"), file, String(staticPort)], process.env);
      await waitForHttp(`http://127.0.0.1:${staticPort}/`, { child: staticServer });
      const staticLoad = await load(`http://127.0.0.1:${staticPort}${page}`);
      stop(staticServer);
      staticServer = undefined;
      const ratio = pageLoad.rps / staticLoad.rps;
      const gzip = gzipSync(pageHtml).length;
      console.log(`\n${page} under ${CONNECTIONS} connections for ${DURATION_S} s (HTML ${kb(pageHtml.length)}, ${kb(gzip)} gzip)`);
      console.log(row("next start", pageLoad));
      console.log(row("static server (same HTML)", staticLoad));
      console.log(`ratio next/static: ${ratio.toFixed(3)} (target ≥ ${CACHED_TARGET}) ${ratio >= CACHED_TARGET ? "met" : "NOT met"}`);
      if (page === "/") {
        console.log(`home page gzip HTML: ${kb(gzip)} (target < ${kb(HOME_GZIP_LIMIT)}) ${gzip < HOME_GZIP_LIMIT ? "met" : "NOT met"}`);
      }
    }
    if (!nextLoad) throw new Error(`${PATH} was not measured`);
    console.log(`\ndated views under ${CONNECTIONS} connections for ${DURATION_S} s`);
    console.log(row(DATED_PATH, datedLoad));
    console.log(row(`${ROTATING_DATES.length} dates rotating`, rotatingLoad));
    for (const [name, l] of [["one date", datedLoad], ["rotating dates", rotatingLoad]] as const) {
      const r = l.rps / nextLoad.rps;
      const ok = r >= 0.5 && l.p99 <= 1000;
      console.log(`${name}: ${r.toFixed(3)}× the canonical page, p99 ${l.p99} ms (targets ≥ 0.5×, p99 ≤ 1000 ms) ${ok ? "met" : "NOT met"}`);
    }
    console.log(
      `client JS: ${srcs.length} scripts, ${kb(jsRaw)} raw, ${kb(jsGzip)} gzip (target ≤ 120 KB) ${jsGzip <= 120 * 1024 ? "met" : "NOT met"}; nomodule polyfills (not loaded by modern browsers) ${kb(polyfillGzip)} gzip; inline RSC payload ${kb(inlineGzip)} gzip`,
    );
  } finally {
    stop(next);
    if (staticServer) stop(staticServer);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
