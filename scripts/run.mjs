#!/usr/bin/env node
// The two README commands: `npm start` (set up, build, serve the web site) and `npm test`
// (set up, provision test services, run typecheck, lint and every test). Needs only Node and npm.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM_VERSION = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.split("@")[1];
const command = process.argv[2];
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  // better-sqlite3 compiles from source here; node-gyp must find this Node's headers locally.
  npm_config_nodedir: process.env.npm_config_nodedir ?? dirname(dirname(process.execPath)),
};

function log(message) {
  console.log(`\x1b[1m▸ ${message}\x1b[0m`);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit", ...options });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function must(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) {
    console.error(`✖ ${cmd} ${args.join(" ")} failed (exit ${status})`);
    process.exit(status);
  }
}

function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { env, encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ["pnpm", []];
  return ["npx", ["--yes", `pnpm@${PNPM_VERSION}`]];
}

const [pnpmBin, pnpmPrefix] = pnpmCommand();
const pnpm = (args, options) => must(pnpmBin, [...pnpmPrefix, ...args], options);

function install() {
  log(`installing dependencies (pnpm ${PNPM_VERSION}, Node ${process.version})`);
  pnpm(["install", "--frozen-lockfile"]);
}

function hasCommand(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

function aptInstall(packages) {
  if (!isRoot || !hasCommand("apt-get")) {
    console.error(`✖ the tests need ${packages.join(", ")}; install them (Debian: apt-get install -y ${packages.join(" ")})`);
    process.exit(1);
  }
  log(`installing ${packages.join(", ")} from Debian`);
  must("apt-get", ["update", "-qq"]);
  must("apt-get", ["install", "-y", "-qq", ...packages], { env: { ...env, DEBIAN_FRONTEND: "noninteractive" } });
}

function pgBinDir() {
  for (const dir of ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"]) {
    if (existsSync(join(dir, "initdb"))) return dir;
  }
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Starts a throwaway PostgreSQL cluster for the tests unless PG_TEST_URL names one. */
async function startPostgres() {
  if (env.PG_TEST_URL) return null;
  const bin = pgBinDir();
  if (!bin) throw new Error("PostgreSQL binaries not found after install");
  const dir = join(root, ".atlas", "ci-postgres");
  const port = await freePort();
  const asPostgres = isRoot ? ["runuser", "-u", "postgres", "--"] : [];
  spawnSync("rm", ["-rf", dir]);
  mkdirSync(dir, { recursive: true });
  if (isRoot) must("chown", ["postgres", dir]);
  const sh = (args) => must(asPostgres[0] ?? args[0], asPostgres.length ? [...asPostgres.slice(1), ...args] : args.slice(1));
  log(`starting PostgreSQL on 127.0.0.1:${port}`);
  sh([join(bin, "initdb"), "-D", join(dir, "data"), "-U", "atlas", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  sh([join(bin, "pg_ctl"), "-D", join(dir, "data"), "-l", join(dir, "log"), "-w", "-o", `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`, "start"]);
  env.PG_TEST_URL = `postgres://atlas@127.0.0.1:${port}/postgres`;
  return () => sh([join(bin, "pg_ctl"), "-D", join(dir, "data"), "-m", "immediate", "stop"]);
}

function summarise() {
  let passed = 0;
  let failed = 0;
  for (const dir of ["packages/core", "packages/dataset", "packages/store", "apps/web", "apps/tui"]) {
    const file = join(root, dir, "test-results.json");
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, "utf8"));
    console.log(`  ${dir.padEnd(18)} ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
  return { passed, failed };
}

async function test() {
  const missing = [];
  if (!existsSync(env.CHROMIUM_PATH ?? "/usr/bin/chromium")) missing.push("chromium");
  if (!pgBinDir()) missing.push("postgresql");
  if (!hasCommand("tmux")) missing.push("tmux");
  if (!hasCommand("xmllint")) missing.push("libxml2-utils");
  if (missing.length) aptInstall(missing);
  install();
  const stopPostgres = await startPostgres();
  let status;
  try {
    log("typecheck, lint, build and test (turbo)");
    status = run(pnpmBin, [...pnpmPrefix, "turbo", "run", "typecheck", "lint", "test", "--concurrency=2", "--output-logs=errors-only"]);
  } finally {
    stopPostgres?.();
  }
  const { passed, failed } = summarise();
  console.log(`${passed} passed, ${failed} failed`);
  if (status === 0 && passed === 0) {
    console.error("✖ no test ran");
    process.exit(1);
  }
  process.exit(status === 0 && failed === 0 ? 0 : status || 1);
}

function start() {
  install();
  log("building the web site, the atlas command and the packages they read");
  pnpm(["turbo", "run", "build", "--filter=@partnership-atlas/web...", "--filter=@partnership-atlas/tui...", "--output-logs=errors-only"]);
  const port = env.PORT ?? "3000";
  log(`serving on http://localhost:${port} (stop with Ctrl-C)`);
  const child = spawn(pnpmBin, [...pnpmPrefix, "--filter", "@partnership-atlas/web", "start", "--port", port], {
    cwd: root,
    // The web site and `pnpm atlas` (run from the repo root) share the default store in .atlas/.
    env: { ...env, ATLAS_DATA_DIR: env.ATLAS_DATA_DIR ?? join(root, ".atlas") },
    stdio: "inherit",
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (command === "test") await test();
else if (command === "start") start();
else {
  console.error("usage: node scripts/run.mjs start|test");
  process.exit(2);
}
