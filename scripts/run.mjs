#!/usr/bin/env node
// The two README commands: `npm start` (set up, build, serve the web site) and `npm test`
// (set up, provision test services, run typecheck, lint and every test). Needs only Node and npm.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSteps, StepFailed } from "./steps.mjs";

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

// Set-up steps print one line each; the tools' full output goes to .atlas/logs/<command>.log,
// printed only when a step fails.
let steps;
const step = (...args) => {
  steps ??= createSteps({ logFile: join(root, ".atlas", "logs", `${command}.log`), cwd: root, env });
  return steps(...args);
};

/** True once better-sqlite3's native module has been compiled into node_modules. */
function sqliteCompiled() {
  const store = join(root, "node_modules", ".pnpm");
  if (!existsSync(store)) return false;
  return readdirSync(store)
    .filter((d) => d.startsWith("better-sqlite3@"))
    .some((d) => existsSync(join(store, d, "node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node")));
}

async function install() {
  const usually = sqliteCompiled()
    ? "usually a few seconds"
    : "about a minute the first time: most of it compiling better-sqlite3 from source";
  await step(`installing dependencies with pnpm ${PNPM_VERSION} on Node ${process.version}`, usually, pnpmBin, [
    ...pnpmPrefix,
    "install",
    "--frozen-lockfile",
    "--reporter=append-only",
  ]);
}

function hasCommand(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

async function aptInstall(packages) {
  if (!isRoot || !hasCommand("apt-get")) {
    console.error(`✖ the tests need ${packages.join(", ")}; install them (Debian: apt-get install -y ${packages.join(" ")})`);
    process.exit(1);
  }
  env.DEBIAN_FRONTEND = "noninteractive";
  await step("updating Debian's package lists", "usually 5–10 s", "apt-get", ["update", "-qq"]);
  await step(`installing ${packages.join(", ")} from Debian`, "usually 20–40 s", "apt-get", ["install", "-y", "-qq", ...packages]);
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
  if (missing.length) await aptInstall(missing);
  await install();
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

async function start() {
  await install();
  await step(
    "building the web site, the atlas command and the packages they read",
    "usually 30–60 s the first time, a few seconds when nothing changed",
    pnpmBin,
    [...pnpmPrefix, "turbo", "run", "build", "--filter=@partnership-atlas/web...", "--filter=@partnership-atlas/tui..."],
  );
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

try {
  if (command === "test") await test();
  else if (command === "start") await start();
  else {
    console.error("usage: node scripts/run.mjs start|test");
    process.exit(2);
  }
} catch (error) {
  // The failed step has printed its output and where the full log is.
  if (error instanceof StepFailed) process.exit(error.status);
  throw error;
}
