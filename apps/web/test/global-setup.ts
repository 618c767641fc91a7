// Starts the built site once for all tests: a fresh seeded SQLite store in a temp folder,
// `next start` on a free port in its own process group, ready when it answers HTTP.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@partnership-atlas/store";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
  }
}

const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs} ms:\n${log()}`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(webDir, ".next", "BUILD_ID"))) {
    throw new Error(
      "apps/web has no production build (.next/BUILD_ID is missing). Run `pnpm --filter @partnership-atlas/web build` first; turbo's test task depends on build.",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "atlas-web-test-"));
  const databaseUrl = `sqlite:${join(dir, "atlas.db")}`;
  // Open once here so the store is created and seeded before the server reads it.
  const store = await openStore(databaseUrl);
  await store.close();

  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, [join(webDir, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    detached: true,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const baseURL = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitForHttp(`${baseURL}/api/v1/partners`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide("baseURL", baseURL);
  project.provide("databaseUrl", databaseUrl);
  return stop;
}
