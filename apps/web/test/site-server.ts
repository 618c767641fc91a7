// Starts the built site (`next start`) on a free port in its own process group, on a given
// store, ready when it answers HTTP; used by the global setup and by tests that need a server
// with other settings (a rate limit).
import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, waitForHttp } from "@partnership-atlas/test-support";

export const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface Site {
  baseURL: string;
  stop: () => Promise<void>;
}

/** `next start` on `databaseUrl` with extra environment; its output goes to `logFile`. */
export async function startSite(databaseUrl: string, logFile: string, extraEnv: Record<string, string> = {}): Promise<Site> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, [join(webDir, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    detached: true,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const record = (d: Buffer) => {
    output += d.toString();
    appendFileSync(logFile, d);
  };
  child.stdout?.on("data", record);
  child.stderr?.on("data", record);
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
  };

  try {
    await waitForHttp(`${baseURL}/api/v1/partners`, { child, log: () => output, name: "next start" });
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, stop };
}
