// Helpers the tests and benches of several packages share, in one place: read from source by
// vitest and tsx, so no test depends on a build step.
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("the OS gave no free port"))));
    });
  });
}

export interface WaitForHttpOptions {
  /** The server's process: waiting stops with an error as soon as it exits. */
  child?: ChildProcess;
  /** What the server printed, added to an error. */
  log?: () => string;
  /** How the server is named in an error (default "the server"). */
  name?: string;
  timeoutMs?: number;
}

/** Resolves when `url` answers 2xx; fails when the process exits or the time runs out, with its output. */
export async function waitForHttp(url: string, options: WaitForHttpOptions = {}): Promise<void> {
  const { child, log = () => "", name = "the server", timeoutMs = 60_000 } = options;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    // Polling interval while the server starts (a condition is waited for, not a fixed time).
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs} ms:\n${log()}`);
}
