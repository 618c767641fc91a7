// A short-lived copy of the pages everyone gets alike (the home page and the partner profiles,
// today's and for a date), answered at the HTTP server before Next.js sees the request.
//
// Next's route cache already renders these pages once per `revalidate` period; what remains per
// request is Next's own fixed cost (routing, the proxy, rewrites, the cache lookup, streaming the
// stored page), which made a cached 8 KB profile serve at a tenth of a static server's rate. This
// "micro-cache" (as a reverse proxy in front would keep one) replays the last answer Next gave for
// the same address for a second or two: a page is at most ATLAS_PAGE_CACHE_MS older than Next's
// own copy, well inside the site's 60 s freshness promise, and the first request after that goes
// through Next again (its proxy, its route cache, the store's revision check).
//
// Only a 200 HTML answer to a GET with no query but a date, without Next's client-navigation
// headers, and without cookies set is kept; unknown addresses are answered 404 by the proxy and so
// never enter. The copies are bounded in bytes (least recently used dropped first), so however
// many dates a client asks for, they cannot grow past ATLAS_PAGE_CACHE_MB.
import http from "node:http";

/**
 * The addresses of the pages kept: home and partner profiles in every language, today's or for
 * one date (`?asOf=YYYY-MM-DD`, the dated views Next also keeps in its route cache).
 */
const CACHEABLE_PATH = /^(?:\/(?:zh|fr|es))?(?:\/|\/partners\/[a-z0-9-]{1,40})?(?:\?asOf=\d{4}-\d{2}-\d{2})?$/;
/** Request headers that make Next answer something else at the same address (RSC navigations). */
const VARYING_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
/** A page bigger than this is not kept (a profile is ~0.3 MB before compression). */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
const INSTALLED = Symbol.for("partnership-atlas.web.page-cache");
const holder = globalThis as Record<symbol, PageCache | undefined>;

interface Entry {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  storedAt: number;
}

export interface PageCacheOptions {
  /** How long (ms) a copy is replayed; 0 turns the cache off. */
  ttlMs: number;
  /** The most bytes all copies may hold together. */
  maxBytes: number;
  now?: () => number;
}

/** The copies, their byte bound and their age limit. Exported for tests; one per process. */
export class PageCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;
  readonly #ttlMs: number;
  readonly #maxBytes: number;
  readonly #now: () => number;

  constructor(options: PageCacheOptions) {
    this.#ttlMs = options.ttlMs;
    this.#maxBytes = options.maxBytes;
    this.#now = options.now ?? Date.now;
  }

  now(): number {
    return this.#now();
  }

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.#now() - entry.storedAt >= this.#ttlMs) {
      this.#delete(key, entry);
      return undefined;
    }
    // Most recently used last: Map keeps insertion order, so re-insert.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Omit<Entry, "storedAt">): void {
    const size = entry.body.length + key.length;
    if (size > this.#maxBytes) return;
    const old = this.#entries.get(key);
    if (old) this.#delete(key, old);
    while (this.#bytes + size > this.#maxBytes) {
      const oldest = this.#entries.entries().next().value;
      if (!oldest) break;
      this.#delete(oldest[0], oldest[1]);
    }
    this.#entries.set(key, { ...entry, storedAt: this.#now() });
    this.#bytes += size;
  }

  #delete(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.body.length + key.length;
  }
}

/**
 * The key of a request whose answer may be kept, or null. The answer also depends on the
 * encodings the client accepts (Next compresses) and on whether it came over HTTPS (HSTS).
 */
export function cacheKey(req: http.IncomingMessage): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  if (!CACHEABLE_PATH.test(url)) return null;
  if (VARYING_REQUEST_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  if (req.headers.cookie !== undefined || req.headers.authorization !== undefined) return null;
  const encoding = String(req.headers["accept-encoding"] ?? "");
  if (encoding.length > 200) return null;
  const https = req.headers["x-forwarded-proto"] === "https" || (req.socket as { encrypted?: boolean }).encrypted === true;
  return `${url}\n${encoding}\n${https ? "https" : "http"}`;
}

function keepable(res: http.ServerResponse, headers: http.OutgoingHttpHeaders): boolean {
  if (res.statusCode !== 200) return false;
  const type = String(headers["content-type"] ?? "");
  const control = String(headers["cache-control"] ?? "");
  return type.startsWith("text/html") && headers["set-cookie"] === undefined && !/no-store|private/.test(control);
}

function chunkBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

/** Lets Next answer, and keeps a copy of what it sent when the answer may be replayed. */
function capture(cache: PageCache, key: string, res: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let keep = true;
  let headArgs: http.OutgoingHttpHeaders = {};
  const collect = (chunk: unknown, encoding: unknown) => {
    if (!keep || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buf = chunkBuffer(chunk, encoding);
    if (!buf) {
      keep = false;
      return;
    }
    size += buf.length;
    if (size > MAX_ENTRY_BYTES) keep = false;
    else chunks.push(Buffer.from(buf));
  };
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    const headers = args.find((a, i) => i > 0 && typeof a === "object" && a !== null);
    if (Array.isArray(headers)) keep = false;
    else if (headers) headArgs = { ...headArgs, ...(headers as http.OutgoingHttpHeaders) };
    return Reflect.apply(writeHead, this, args);
  } as typeof res.writeHead;
  res.write = function (this: http.ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return Reflect.apply(write, this, args);
  } as typeof res.write;
  res.end = function (this: http.ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return Reflect.apply(end, this, args);
  } as typeof res.end;
  res.once("finish", () => {
    if (!keep) return;
    const headers: http.OutgoingHttpHeaders = { ...res.getHeaders(), ...lowerCase(headArgs) };
    if (!keepable(res, headers)) return;
    // Replayed with its own length: whatever framing Next used is not the copy's.
    delete headers["transfer-encoding"];
    delete headers.connection;
    delete headers["keep-alive"];
    delete headers.date;
    // Said of Next's own first answer; a replayed copy says its age instead (HTTP's Age).
    delete headers["x-nextjs-cache"];
    const body = Buffer.concat(chunks, size);
    headers["content-length"] = body.length;
    cache.set(key, { status: res.statusCode, headers, body });
  });
}

function lowerCase(headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Answers `req` from the cache, or lets Next answer it (keeping a copy). True when answered here. */
export function servePage(cache: PageCache, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const key = cacheKey(req);
  if (key === null) return false;
  const entry = cache.get(key);
  if (entry) {
    res.writeHead(entry.status, { ...entry.headers, age: String(Math.floor((cache.now() - entry.storedAt) / 1000)) });
    res.end(req.method === "HEAD" ? undefined : entry.body);
    return true;
  }
  if (req.method === "GET") capture(cache, key, res);
  return false;
}

/** Puts the cache in front of every HTTP server of this process, once. */
export function installPageCache(options: PageCacheOptions): void {
  if (holder[INSTALLED] || options.ttlMs <= 0) return;
  const cache = new PageCache(options);
  holder[INSTALLED] = cache;
  const proto = http.Server.prototype;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [req, res] = args;
    if (event === "request" && req instanceof http.IncomingMessage && res instanceof http.ServerResponse && servePage(cache, req, res)) {
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]);
  };
}
