// What a command needs from the outside world: output streams, the environment, today's date, the store.
import type { Store } from "@partnership-atlas/store";
import { EXIT, firstLine, UsageError } from "./exit-codes.js";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** Streams whose reader has gone away (`atlas export | head -c1`): nothing more is written to them. */
const closed = new Set<NodeJS.WriteStream>();

function write(stream: NodeJS.WriteStream, text: string): void {
  if (!closed.has(stream)) stream.write(text);
}

export const processIo: Io = {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
  env: process.env,
};

/**
 * A reader that closes the pipe early has taken all it wants: that is not the command's failure.
 * Writes to a closed stdout or stderr stop quietly, and the exit code stays the command's own
 * (an import that succeeded exits 0 even if nobody read its summary).
 */
export function endQuietlyOnClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      closed.add(stream);
    });
  }
}

/** Today as YYYY-MM-DD in local time; ATLAS_TODAY pins it (tests, reproducible reports). */
export function today(env: NodeJS.ProcessEnv): string {
  const pinned = env.ATLAS_TODAY;
  if (pinned) return pinned;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Who writes: goes to the store's audit log. */
export function actor(env: NodeJS.ProcessEnv): string {
  return env.ATLAS_ACTOR || `atlas:${env.USER || env.USERNAME || "curator"}`;
}

/** Opens the store named by --db, else DATABASE_URL, else the embedded default. */
export async function openStoreFor(db: string | undefined, env: NodeJS.ProcessEnv): Promise<Store> {
  const { openStore, resolveDatabaseUrl } = await import("@partnership-atlas/store");
  return openStore(resolveDatabaseUrl({ db, env }), { lockTimeoutMs: lockTimeoutMs(env), clientName: actor(env) });
}

/** ATLAS_LOCK_TIMEOUT: how many seconds a write waits for another writer (the store's default when unset). */
export function lockTimeoutMs(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.ATLAS_LOCK_TIMEOUT;
  if (raw === undefined || raw === "") return undefined;
  const seconds = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || !Number.isFinite(seconds)) {
    throw new UsageError(`ATLAS_LOCK_TIMEOUT must be a number of seconds such as 30, not "${raw}"`);
  }
  return seconds * 1000;
}

/** Runs `fn` with an open store and always closes it. */
export async function withStore<T>(db: string | undefined, env: NodeJS.ProcessEnv, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreFor(db, env);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The exit code and one-line message for any error a command lets escape. */
export function describeError(error: unknown): { code: number; message: string; detail?: string } {
  if (error instanceof UsageError) return { code: EXIT.usage, message: error.message };
  const e = error as { name?: string; code?: unknown; message?: string; problems?: { at: string; message: string }[] };
  const message = firstLine(e?.message ?? String(error));
  switch (e?.code) {
    case "config":
      return { code: EXIT.usage, message };
    case "connection":
      return { code: EXIT.store, message: `cannot open the store: ${message}` };
    case "validation":
    case "malformed-input":
      return {
        code: EXIT.problems,
        message,
        detail: e.problems?.map((p) => `✖ ${p.at}: ${p.message}`).join("\n"),
      };
    case "not-found":
    case "history":
      return { code: EXIT.usage, message };
    case "locked":
      return { code: EXIT.store, message: `${message}, or let atlas wait longer with ATLAS_LOCK_TIMEOUT=<seconds>` };
    case "conflict":
    case "referenced":
      return { code: EXIT.problems, message };
    default:
      return { code: EXIT.store, message };
  }
}
