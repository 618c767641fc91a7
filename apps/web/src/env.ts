// The environment the web app reads, validated once; nothing else reads process.env.
import "server-only";
import { z } from "zod";

const Env = z.object({
  /** `sqlite:<file>` or `postgres://…`; absent means the store's embedded default. */
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** Where the default SQLite file lives when DATABASE_URL is absent (the store's rule). */
  ATLAS_DATA_DIR: z.string().trim().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  /**
   * How often (ms) a request may ask the store whether anything changed. A change is visible
   * within this delay; it must stay well under the 60 s freshness promise.
   */
  ATLAS_REVISION_CHECK_MS: z.coerce.number().int().min(0).max(30_000).default(1000),
  /**
   * Requests per second one client address may make to the expensive routes (dated views,
   * compare, search, instruments, API, downloads); 0 turns the limit off.
   */
  ATLAS_RATE_LIMIT: z.coerce.number().min(0).max(100_000).default(10),
  /**
   * Strict-Transport-Security: `auto` sends it on requests that arrived over HTTPS (as the
   * socket or a proxy's X-Forwarded-Proto says), `on` on every response (a TLS-terminating proxy
   * that does not forward the protocol), `off` never.
   */
  ATLAS_HSTS: z.enum(["auto", "on", "off"]).default("auto"),
  /**
   * How long (ms) the home page and partner profiles, at their canonical addresses, are replayed
   * from a copy kept at the HTTP server (src/server/page-cache.ts) before Next answers again;
   * 0 turns the copies off. Kept short: a change shows within this delay plus Next's own.
   */
  ATLAS_PAGE_CACHE_MS: z.coerce.number().int().min(0).max(10_000).default(2000),
  /** The most memory (MiB) those copies may hold together; the least recently used go first. */
  ATLAS_PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  /** The site's public address, written into "cite this" texts and embed codes (no trailing slash). */
  ATLAS_SITE_URL: z
    .url({ error: "ATLAS_SITE_URL must be an absolute http(s) address such as https://atlas.example.org" })
    .transform((u) => u.replace(/\/+$/, ""))
    .default("http://localhost:3000"),
});
export type Env = z.infer<typeof Env>;

function load(): Env {
  const r = Env.safeParse(process.env);
  if (!r.success) throw new Error(`Invalid environment for the web app:\n${z.prettifyError(r.error)}`);
  return r.data;
}

export const env: Env = load();
