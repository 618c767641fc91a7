// The copies of the home page and profiles kept at the HTTP server (src/server/page-cache.ts):
// their bounds and age limit on their own, then what the running site replays and what it never does.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { cacheKey, PageCache } from "../src/server/page-cache";

const baseURL = inject("baseURL");

const entry = (bytes: number) => ({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.alloc(bytes, 65) });

describe("PageCache", () => {
  it("replays a copy until it is ttl old, then forgets it", () => {
    let now = 1_000;
    const cache = new PageCache({ ttlMs: 2000, maxBytes: 1 << 20, now: () => now });
    cache.set("/a", entry(10));
    now += 1999;
    expect(cache.get("/a")?.body.length).toBe(10);
    now += 1;
    expect(cache.get("/a")).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it("stays within its byte bound, dropping the least recently used first", () => {
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 1000, now: () => 0 });
    cache.set("/a", entry(400));
    cache.set("/b", entry(400));
    cache.get("/a"); // /b is now the least recently used
    cache.set("/c", entry(400));
    expect(cache.get("/b")).toBeUndefined();
    expect(cache.get("/a")).toBeDefined();
    expect(cache.get("/c")).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(1000);
    // A page bigger than the whole bound is not kept, and evicts nothing.
    cache.set("/huge", entry(5000));
    expect(cache.get("/huge")).toBeUndefined();
    expect(cache.size).toBe(2);
    // Replacing a copy does not count it twice.
    for (let i = 0; i < 10; i++) cache.set("/a", entry(400));
    expect(cache.bytes).toBeLessThanOrEqual(1000);
  });

  it("keeps only the home page and profiles, today's or for one date, and only plain page requests", () => {
    const req = (url: string, headers: Record<string, string> = {}, method = "GET") =>
      ({ url, method, headers, socket: {} }) as unknown as IncomingMessage;
    for (const url of ["/", "/fr", "/partners/cn", "/zh/partners/tv", "/partners/jp?asOf=2022-06-01", "/es?asOf=2020-01-01"]) {
      expect(cacheKey(req(url)), url).not.toBeNull();
    }
    for (const url of [
      "/partners/cn?asOf=2022-06-01&recordedOn=r3",
      "/partners/cn?recordedOn=r3",
      "/?sort=name",
      "/partners/cn?asOf=soon",
      "/compare?ids=cn,br",
      "/search?q=china",
      "/api/v1/partners/cn",
      "/data/partners/cn/ratifications.csv",
      "/partners/cn/extra",
      "/instruments/C187",
    ]) {
      expect(cacheKey(req(url)), url).toBeNull();
    }
    expect(cacheKey(req("/partners/cn", {}, "POST"))).toBeNull();
    expect(cacheKey(req("/partners/cn", { rsc: "1" }))).toBeNull();
    expect(cacheKey(req("/partners/cn", { cookie: "a=b" }))).toBeNull();
    // What the answer depends on is in the key: the encodings accepted, and HTTPS (HSTS).
    expect(cacheKey(req("/partners/cn", { "accept-encoding": "gzip" }))).not.toBe(cacheKey(req("/partners/cn")));
    expect(cacheKey(req("/partners/cn", { "x-forwarded-proto": "https" }))).not.toBe(cacheKey(req("/partners/cn")));
  });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the running site's copies", () => {
  it("replays a profile as Next sent it, with its age, per encoding", async () => {
    const first = await raw("/partners/jp");
    const second = await raw("/partners/jp");
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers.age).toMatch(/^\d+$/);
    expect(second.headers["content-length"]).toBe(String(second.body.length));
    // The page's own headers come with the copy: its policy and language.
    expect(second.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
    expect(second.headers["content-type"]).toMatch(/^text\/html/);

    await raw("/partners/jp", { "accept-encoding": "gzip" });
    const gz = await raw("/partners/jp", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(first.body)).toBe(true);

    const head = await raw("/partners/jp", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it("never answers a client navigation, an unknown partner or a pinned revision with a copy", async () => {
    await raw("/partners/br");
    const rsc = await raw("/partners/br", { rsc: "1" });
    expect(String(rsc.headers["content-type"])).not.toMatch(/^text\/html/);
    for (let i = 0; i < 2; i++) expect((await raw("/partners/zz")).status).toBe(404);
    const pinned = await raw("/partners/cn?recordedOn=r1");
    expect(pinned.headers.age).toBeUndefined();
  });
});
