// Drives the built `atlas` in a real terminal: a detached tmux session of a fixed size.
import { execFileSync } from "node:child_process";
import { ATLAS_BIN } from "./run-atlas.js";

// A private tmux server per process, so tests never touch a curator's own tmux sessions.
const SOCKET = `atlas-test-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export class TmuxSession {
  readonly name = `atlas-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  /** Starts `atlas <args>` in an 80×24 terminal; throws when tmux is missing. */
  constructor(args: string[], env: Record<string, string>, size = { columns: 80, rows: 24 }) {
    // An idle session keeps the private server up between tests: killing the last session stops
    // the server, and a new-session racing that shutdown fails.
    try {
      tmux("has-session", "-t", "keep");
    } catch {
      tmux("new-session", "-d", "-s", "keep", "sleep 3600");
    }
    const assignments = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`);
    const command = ["env", ...assignments, quote(process.execPath), quote(ATLAS_BIN), ...args.map(quote)].join(" ");
    tmux("new-session", "-d", "-s", this.name, "-x", String(size.columns), "-y", String(size.rows), command);
  }

  screen(): string {
    try {
      return tmux("capture-pane", "-p", "-t", this.name);
    } catch {
      return "";
    }
  }

  alive(): boolean {
    try {
      tmux("has-session", "-t", this.name);
      return true;
    } catch {
      return false;
    }
  }

  /** send-keys: key names (Enter, Down, C-s) or literal text with { literal: true }. */
  keys(keys: string[], options: { literal?: boolean } = {}): void {
    tmux("send-keys", "-t", this.name, ...(options.literal ? ["-l"] : []), ...keys);
  }

  async waitFor(match: RegExp | string, timeoutMs = 20_000): Promise<string> {
    const test = (s: string) => (typeof match === "string" ? s.includes(match) : match.test(s));
    const started = Date.now();
    for (;;) {
      const screen = this.screen();
      if (test(screen)) return screen;
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${String(match)}; screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async waitForExit(timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (this.alive()) {
      if (Date.now() - started > timeoutMs) throw new Error(`atlas did not exit; screen:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  kill(): void {
    if (this.alive()) tmux("kill-session", "-t", this.name);
  }

  /** Stops this process's private tmux server once no session is left. */
  static shutdown(): void {
    try {
      tmux("kill-server");
    } catch {
      // Already gone.
    }
  }
}
