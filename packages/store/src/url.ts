// Database URLs: which engine, where, and the one rule web and TUI share for choosing one.
import path from "node:path";
import { ConfigError } from "./errors.js";

export type StoreLocation =
  | { engine: "sqlite"; file: string; displayUrl: string }
  | { engine: "postgres"; connectionString: string; displayUrl: string };

/**
 * The URL used when neither `--db` nor `DATABASE_URL` is given: a SQLite file
 * `atlas.db` in `$ATLAS_DATA_DIR`, or in `.atlas/` under the current working directory.
 */
export function defaultDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.ATLAS_DATA_DIR?.trim() ? env.ATLAS_DATA_DIR.trim() : path.join(process.cwd(), ".atlas");
  return `sqlite:${path.join(dir, "atlas.db")}`;
}

/**
 * Picks the database URL: the `--db` flag beats `DATABASE_URL`, which beats
 * {@link defaultDatabaseUrl}. Throws a ConfigError when the chosen URL has a scheme the store
 * does not understand, naming where it came from.
 */
export function resolveDatabaseUrl(options: { db?: string | undefined; env?: NodeJS.ProcessEnv } = {}): string {
  const env = options.env ?? process.env;
  const flag = options.db?.trim();
  const fromEnv = env.DATABASE_URL?.trim();
  const [url, origin] = flag
    ? [flag, "--db"]
    : fromEnv
      ? [fromEnv, "DATABASE_URL"]
      : [defaultDatabaseUrl(env), "the default"];
  try {
    parseDatabaseUrl(url);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${error.message} (from ${origin})`);
    throw error;
  }
  return url;
}

/** Hides the password of a URL, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*:)[^@/?#]*@/i, "$1***@");
}

/** Splits a database URL into engine and location; a ConfigError says what is wrong. */
export function parseDatabaseUrl(url: string): StoreLocation {
  const trimmed = url.trim();
  if (!trimmed) throw new ConfigError("the database URL is empty; use sqlite:<file> or postgres://user@host:5432/database");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === "sqlite") {
    let rest = trimmed.slice("sqlite:".length);
    if (rest.startsWith("//")) rest = rest.slice(2);
    if (!rest) throw new ConfigError(`the SQLite URL "${trimmed}" names no file; use sqlite:<file>, e.g. sqlite:.atlas/atlas.db`);
    const file = rest === ":memory:" ? rest : path.resolve(process.cwd(), rest);
    return { engine: "sqlite", file, displayUrl: `sqlite:${file}` };
  }
  if (scheme === "postgres" || scheme === "postgresql") {
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      throw new ConfigError(`the PostgreSQL URL "${redactUrl(trimmed)}" is not a valid URL; use postgres://user:password@host:5432/database`);
    }
    if (!parsed.pathname || parsed.pathname === "/") {
      throw new ConfigError(`the PostgreSQL URL "${redactUrl(trimmed)}" names no database; add it after the host, e.g. postgres://user@host:5432/atlas`);
    }
    return { engine: "postgres", connectionString: trimmed, displayUrl: redactUrl(trimmed) };
  }
  const shown = redactUrl(trimmed);
  throw new ConfigError(
    scheme
      ? `unknown database URL scheme "${scheme}:" in "${shown}"; the store understands sqlite:<file> and postgres://…`
      : `"${shown}" is not a database URL; use sqlite:<file> or postgres://user@host:5432/database`,
  );
}
