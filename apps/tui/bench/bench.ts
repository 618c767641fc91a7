// Start-up bench of the built `atlas`: median wall time of `atlas profile cn --json` beside
// `node -e 0` (target: at most 4×), and the time to the first interactive frame in an 80×24 tmux.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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

  // First interactive frame: tmux itself takes time to start a pane, so the same measurement
  // of a bare `node` printing one line is shown beside it.
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const frames: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    bare.push(await timeToScreen(`${q(process.execPath)} -e "console.log('ready'); setTimeout(() => {}, 5000)"`, "ready"));
    frames.push(await timeToScreen(`env NO_COLOR=1 DATABASE_URL=${q(db)} ${q(process.execPath)} ${q(BIN)}`, "cn     China"));
  }
  const f = median(frames);
  const n = median(bare);
  console.log(`first interactive frame   median ${f.toFixed(0)} ms in tmux 80×24 (5 runs; partner list drawn)`);
  console.log(`node printing one line    median ${n.toFixed(0)} ms in tmux (same measurement, for scale)`);
} finally {
  try {
    tmux("kill-server");
  } catch {
    // no server left
  }
  rmSync(dir, { recursive: true, force: true });
}
