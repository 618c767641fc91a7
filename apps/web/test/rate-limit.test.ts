// The per-client rate limit, on a server of its own started with ATLAS_RATE_LIMIT=1.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Site, startSite } from "./site-server";

let site: Site;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atlas-web-rate-"));
  site = await startSite(inject("databaseUrl"), join(dir, "server.log"), { ATLAS_RATE_LIMIT: "1" });
});

afterAll(async () => {
  await site?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const from = (client: string) => ({ headers: { "X-Forwarded-For": client } });

describe("ATLAS_RATE_LIMIT", () => {
  it("answers 429 with Retry-After once a client goes over its rate on an expensive route", async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const res = await fetch(`${site.baseURL}/api/v1/partners`, from("198.51.100.7"));
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses[0]).toBe(200);
    expect(limited, `statuses: ${statuses.join(",")}`).toBeDefined();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await limited!.json()) as { error: { code: string } }).error.code).toBe("rate-limited");
  });
  it("limits dated views with an HTML page, and leaves other clients alone", async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const res = await fetch(`${site.baseURL}/partners/cn?asOf=2020-01-0${(i % 9) + 1}`, from("198.51.100.8"));
      if (res.status === 429) limited = res;
    }
    expect(limited).toBeDefined();
    expect(await limited!.text()).toMatch(/<h1>Too many requests<\/h1>/);
    expect((await fetch(`${site.baseURL}/partners/cn?asOf=2020-01-01`, from("198.51.100.9"))).status).toBe(200);
  });
  it("never limits today's cached profile", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await fetch(`${site.baseURL}/partners/cn`, from("198.51.100.10"))).status);
    expect(statuses).toEqual(Array(10).fill(200));
  });
});
