// Start-up bench of the built `atlas`: median wall time of `atlas profile cn --json` and of a
// small State's (`tv`, no curated records) beside `node -e 0` (target: at most 4×), the time to
// the first interactive frame in an 80×24 tmux, and the partner list's filter keystroke latency
// over its 187 rows (in-process frame, and on a real tmux screen).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseIsoDate } from "@partnership-atlas/core";
import { openStore } from "@partnership-atlas/store";
import { render } from "ink-testing-library";
import { createElement } from "react";
import { App } from "../src/ui/App.js";

const BIN = fileURLToPath(new URL("../bin/atlas.js", import.meta.url));
const RUNS = Number(process.env.ATLAS_BENCH_RUNS ?? 15);
const dir = mkdtempSync(join(tmpdir(), "atlas-bench-"));
const db = `sqlite:${join(dir, "atlas.db")}`;
const env = { ...process.env, NO_COLOR: "1", DATABASE_URL: db };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Keystroke latency of the partner list in-process: from writing a key to the frame showing its effect. */
async function filterLatencyInProcess(): Promise<number[]> {
  const store = await openStore(db);
  const asOf = parseIsoDate("2026-11-30");
  if (!asOf.ok) throw new Error(asOf.message);
  const r = render(createElement(App, { store, asOf: asOf.date, actor: "bench", env: { NO_COLOR: "1" } }));
  const until = async (text: string) => {
    const started = performance.now();
    while (!(r.lastFrame() ?? "").includes(text)) {
      if (performance.now() - started > 10_000) throw new Error(`no "${text}" in the frame after 10 s`);
      await tick();
    }
  };
  try {
    await until("1–");
    const times: number[] = [];
    for (let round = 0; round < 10; round++) {
      let typed = "";
      for (const ch of "guinea") {
        typed += ch;
        const start = performance.now();
        r.stdin.write(ch);
        await until(`Filter: ${typed} (`);
        times.push(performance.now() - start);
      }
      const start = performance.now();
      r.stdin.write("\x1b");
      await until("(type a name or code)");
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    r.unmount();
    await store.close();
  }
}

/** Keystroke latency on a real screen: send-keys to a tmux pane until capture-pane shows the filter. */
async function filterLatencyInTmux(command: string): Promise<number[]> {
  const name = `f${Math.random().toString(36).slice(2, 8)}`;
  tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", command);
  const until = async (text: string) => {
    const started = performance.now();
    while (!tmux("capture-pane", "-p", "-t", name).includes(text)) {
      if (performance.now() - started > 10_000) throw new Error(`no "${text}" on screen after 10 s`);
    }
  };
  try {
    await until("of 187");
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      let typed = "";
      for (const ch of "guinea") {
        typed += ch;
        const start = performance.now();
        tmux("send-keys", "-t", name, "-l", ch);
        await until(`Filter: ${typed} (`);
        times.push(performance.now() - start);
      }
      tmux("send-keys", "-t", name, "Escape");
      await until("(type a name or code)");
    }
    return times;
  } finally {
    tmux("kill-session", "-t", name);
  }
}

function time(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const SOCKET = `atlas-bench-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });

/** Wall time from starting a tmux session running `command` until the pane shows `text`. */
async function timeToScreen(command: string, text: string): Promise<number> {
  const name = `b${Math.random().toString(36).slice(2, 8)}`;
  const start = performance.now();
  tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", command);
  try {
    for (;;) {
      if (tmux("capture-pane", "-p", "-t", name).includes(text)) return performance.now() - start;
      if (performance.now() - start > 20_000) throw new Error(`no "${text}" on screen after 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } finally {
    tmux("kill-session", "-t", name);
  }
}

try {
  // One idle session keeps this private tmux server up: otherwise killing the last session stops
  // the server while the next new-session is starting, and that new-session fails.
  tmux("new-session", "-d", "-s", "keep", "-x", "80", "-y", "24", "sleep 3600");
  time([BIN, "profile", "cn", "--json"]); // creates and seeds the store
  const profile: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(time(["-e", "0"]));
    profile.push(time([BIN, "profile", "cn", "--json"]));
  }
  const p = median(profile);
  const b = median(baseline);
  console.log(`atlas profile cn --json   median ${p.toFixed(0)} ms (${RUNS} runs)`);
  console.log(`node -e 0                 median ${b.toFixed(0)} ms (${RUNS} runs)`);
  console.log(`ratio                     ${(p / b).toFixed(1)}× (target ≤ 4×)`);
  const small: number[] = [];
  for (let i = 0; i < RUNS; i++) small.push(time([BIN, "profile", "tv", "--json"]));
  const t = median(small);
  console.log(`atlas profile tv --json   median ${t.toFixed(0)} ms (${RUNS} runs; a small State, no curated records), ${(t / b).toFixed(1)}× node -e 0`);

  // First interactive frame: tmux itself takes time to start a pane, so the same measurement
  // of a bare `node` printing one line is shown beside it.
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const frames: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    bare.push(await timeToScreen(`${q(process.execPath)} -e "console.log('ready'); setTimeout(() => {}, 5000)"`, "ready"));
    frames.push(await timeToScreen(`env NO_COLOR=1 DATABASE_URL=${q(db)} ${q(process.execPath)} ${q(BIN)}`, "af     Afghanistan"));
  }
  const f = median(frames);
  const n = median(bare);
  console.log(`first interactive frame   median ${f.toFixed(0)} ms in tmux 80×24 (5 runs; partner list drawn)`);
  console.log(`node printing one line    median ${n.toFixed(0)} ms in tmux (same measurement, for scale)`);

  const keys = await filterLatencyInProcess();
  console.log(`filter keystroke         median ${median(keys).toFixed(1)} ms, p95 ${p95(keys).toFixed(1)} ms in-process (${keys.length} keys over 187 rows; key written → frame drawn)`);
  const screenKeys = await filterLatencyInTmux(`env NO_COLOR=1 DATABASE_URL=${q(db)} ${q(process.execPath)} ${q(BIN)}`);
  console.log(`filter keystroke         median ${screenKeys.length ? median(screenKeys).toFixed(0) : "?"} ms, p95 ${p95(screenKeys).toFixed(0)} ms in tmux 80×24 (${screenKeys.length} keys; send-keys → capture-pane shows it)`);
} finally {
  try {
    tmux("kill-server");
  } catch {
    // no server left
  }
  rmSync(dir, { recursive: true, force: true });
}
