// What a hostile or careless client tries: inherited property names, endless unknown ids, odd
// methods, pages without JavaScript, repeated ids, floods of dated views, plain HTTP vs HTTPS.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { toCsv } from "../src/tables/table";
import { launchBrowser, parseCsv } from "./browser";
import { webDir } from "./site-server";

const baseURL = inject("baseURL");

/** One request with any method (fetch refuses TRACE), the body read as text. */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Every file path under a folder (empty when it does not exist). */
function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe("table names from the address", () => {
  for (const name of ["toString", "constructor", "__proto__", "valueOf", "hasOwnProperty"]) {
    it(`/data/partners/cn/${name}.json is a 404 like any unknown table`, async () => {
      const res = await fetch(`${baseURL}/data/partners/cn/${name}.json`);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe("not-found");
    });
  }
});

describe("unknown partner ids", () => {
  it("never reach the route cache, and long or NUL ids are plain 404s with nothing logged", async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `zz-cache-probe-${i}`);
    for (const id of ids) {
      expect((await fetch(`${baseURL}/partners/${id}`)).status).toBe(404);
      expect((await fetch(`${baseURL}/zh/partners/${id}`)).status).toBe(404);
    }
    expect((await fetch(`${baseURL}/partners/${"a".repeat(5000)}`)).status).toBe(404);
    expect((await fetch(`${baseURL}/partners/a%00b`)).status).toBe(404);
    expect((await fetch(`${baseURL}/instruments/${"C".repeat(5000)}`)).status).toBe(404);
    const cached = filesUnder(join(webDir, ".next", "server")).filter((f) => f.includes("zz-cache-probe"));
    expect(cached).toEqual([]);
    const log = readFileSync(inject("serverLog"), "utf8");
    expect(log).not.toMatch(/ENAMETOOLONG|null bytes|Error/);
  });
});

describe("methods", () => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
    it(`${method} on the API answers 405 with Allow and a JSON body`, async () => {
      const res = await raw(method, "/api/v1/partners");
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe("GET, HEAD, OPTIONS");
      expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe("method-not-allowed");
    });
  }
  it("POST on a page answers 405 with Allow and an HTML page that says so", async () => {
    const res = await raw("POST", "/partners/cn");
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(res.body).toMatch(/<h1>Method not allowed<\/h1>/);
  });
  it("TRACE answers 405, never a 500, and logs nothing", async () => {
    for (const path of ["/api/v1/partners", "/partners/cn", "/"]) {
      const res = await raw("TRACE", path);
      expect(res.status, path).toBe(405);
      expect(res.headers.allow).toBe("GET, HEAD, OPTIONS");
    }
    expect(readFileSync(inject("serverLog"), "utf8")).not.toMatch(/TRACE/);
  });
  it("OPTIONS on a page or the API lists the methods (204 with Allow), not a 400", async () => {
    for (const path of ["/partners/cn", "/api/v1/partners"]) {
      const res = await raw("OPTIONS", path);
      expect(res.status, path).toBe(204);
      expect(res.headers.allow).toBe("GET, HEAD, OPTIONS");
    }
  });
});

describe("404 pages without JavaScript", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const cases: [string, RegExp][] = [
    ["/partners/zz-unknown", /Page not found/],
    ["/zh/partners/zz-unknown", /未找到页面/],
    ["/instruments/C999", /Page not found/],
    ["/fr/instruments/C999", /Page introuvable/],
    ["/es/no-such-page", /Página no encontrada/],
    ["/partners/cn/as-of", /Page not found/],
    ["/package.json", /Page not found/],
    ["/.env", /Page not found/],
    ["/data", /There is nothing at \/data/],
    ["/api", /There is nothing at \/api/],
  ];
  for (const [path, text] of cases) {
    it(`${path} is a 404 whose text shows with scripts off`, async () => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
      const page = await context.newPage();
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.locator("body").innerText()).resolves.toMatch(text);
      await context.close();
    });
  }
});

describe("compare", () => {
  it("/compare?ids=cn,cn compares China once and says so", async () => {
    const html = await (await fetch(`${baseURL}/compare?ids=cn,cn`)).text();
    expect(html).toContain("Named more than once, compared once: cn.");
  });
  it("the compare download de-duplicates too", async () => {
    const res = await fetch(`${baseURL}/data/compare.csv?ids=cn,cn,cn`);
    // One distinct partner is not a comparison: the parameter is named.
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe("ids");
  });
});

describe("dated views", () => {
  it("are served from the route cache after the first request for a date", async () => {
    const path = `${baseURL}/partners/cn?asOf=2021-03-04`;
    expect((await fetch(path)).status).toBe(200);
    // Past the server's short-lived page copy (a cookie-carrying request is never answered from it), Next's route cache answers.
    const second = await fetch(path, { headers: { cookie: "bypass=1" } });
    expect(second.status).toBe(200);
    expect(second.headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);
    // A plain request is answered from the page copy, with its age.
    const third = await fetch(path);
    expect(third.headers.get("age")).toMatch(/^\d+$/);
    expect(await third.text()).toContain("4 March 2021");
    const html = await second.text();
    expect(html).toContain("4 March 2021");
    // The route cache is Next's bounded in-memory LRU: nothing is written to disk for any page.
    expect(filesUnder(join(webDir, ".next", "server", "route-cache"))).toEqual([]);
  });
  it("an unreadable date still gets today's figures and a message, uncached", async () => {
    const res = await fetch(`${baseURL}/partners/cn?asOf=2021-02-30`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-nextjs-cache")).toBeNull();
    expect(await res.text()).toContain("2021-02-30");
  });
});

describe("routing headers", () => {
  it("a client's own copies of the proxy's routing headers change nothing", async () => {
    const missing = await fetch(`${baseURL}/partners/cn`, { headers: { "x-atlas-missing": "1" } });
    expect(missing.status).toBe(200);
    const dated = await fetch(`${baseURL}/partners/cn`, { headers: { "x-atlas-as-of": "2020-02-30" } });
    expect(dated.status).toBe(200);
    expect(await dated.text()).not.toContain("2020-02-30");
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent when the request came over HTTPS (as a proxy's X-Forwarded-Proto says), not over plain HTTP", async () => {
    const https = await raw("GET", "/partners/cn", { "X-Forwarded-Proto": "https" });
    expect(https.headers["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
    const http = await raw("GET", "/partners/cn");
    expect(http.headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("CSV downloads", () => {
  it("neutralise cells a spreadsheet would execute; JSON keeps the text as it is", async () => {
    const table = {
      id: "t",
      caption: "t",
      columns: [
        { key: "a", label: "a", kind: "text" as const },
        { key: "n", label: "n", kind: "number" as const },
      ],
      rows: [{ values: { a: "=HYPERLINK(\"http://evil.example\")", n: -3 } }, { values: { a: "@cmd", n: 1 } }, { values: { a: "+1", n: 2 } }],
    };
    const rows = parseCsv(toCsv(table));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://evil.example\")", "'@cmd", "'+1"]);
    expect(rows[1]![1]).toBe("-3");
  });
  it("a real download keeps plain cells unchanged", async () => {
    const res = await fetch(`${baseURL}/data/partners/cn/ratifications.csv`);
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text());
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
