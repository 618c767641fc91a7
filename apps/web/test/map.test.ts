// The world map, its timeline, downloads and embed page, as a person and another site see them.
import { createServer } from "node:http";
import { type Dataset, IsoDate, statusOnDay } from "@partnership-atlas/core";
import { openStore } from "@partnership-atlas/store";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, parseCsv } from "./browser";

const baseURL = inject("baseURL");
let browser: Browser;
let context: BrowserContext;
let dataset: Dataset;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL });
  const store = await openStore(inject("databaseUrl"));
  dataset = await store.loadDataset();
  await store.close();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function text(path: string): Promise<string> {
  const res = await fetch(`${baseURL}${path}`);
  expect(res.status, `status of ${path}`).toBe(200);
  return res.text();
}

/** Each State's class on a served map (`data-state="FR" … data-class="in-force"`), read from the SVG text. */
function classes(svg: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of svg.matchAll(/<a [^>]*data-state="([A-Z]{2})"[^>]*data-class="([^"]+)"/g)) {
    const prev = out.get(m[1]!);
    if (prev !== undefined) expect(prev, `marker and shape of ${m[1]} agree`).toBe(m[2]);
    out.set(m[1]!, m[2]!);
  }
  return out;
}

async function open(path: string, ctx = context): Promise<Page> {
  const page = await ctx.newPage();
  const res = await page.goto(path);
  expect(res?.status(), `status of ${path}`).toBe(200);
  return page;
}

describe("the C187 map", () => {
  it("differs between asOf=2021-01-01 and today in exactly the States whose status changed", async () => {
    const before = classes(await text("/map?instrument=C187&asOf=2021-01-01"));
    const now = classes(await text(`/map?instrument=C187&asOf=${today}`));
    const served = [...now.keys()].filter((s) => before.get(s) !== now.get(s)).sort();
    // Computed apart from the map: each C187 ratification's possible statuses on the two days.
    const expected = dataset.ratifications
      .filter((r) => r.instrument === "C187")
      .filter((r) => {
        const a = statusOnDay(dataset, r, IsoDate.parse("2021-01-01")).possible.join();
        const b = statusOnDay(dataset, r, IsoDate.parse(today)).possible.join();
        return a !== b;
      })
      .map((r) => r.state as string)
      .sort();
    expect(expected.length).toBeGreaterThan(20);
    expect(served).toEqual(expected);
    // And the SVG download shows the same classes as the page.
    expect(classes(await text(`/data/map/world.svg?instrument=C187&asOf=2021-01-01`))).toEqual(before);
  });

  it("shows every member State, small island States included, and colours no non-member as a ratifier", async () => {
    const svg = await text("/map?instrument=C187");
    const shown = classes(svg);
    const members = new Set(dataset.memberStates.map((s) => s.code as string));
    expect(members.size).toBe(187);
    expect([...shown.keys()].sort()).toEqual([...members].sort());
    for (const small of ["TV", "PW", "CK", "MH", "KI", "SG", "MT"]) {
      expect(svg, `${small} has a marker`).toMatch(new RegExp(`<a [^>]*data-state="${small}"[^>]*data-marker="true"`));
    }
    // Territories that are not member States carry no State's class and the "no record" fill.
    const territories = [...svg.matchAll(/<path [^>]*data-territory="([^"]+)"[^>]*>/g)];
    expect(territories.length).toBeGreaterThan(0);
    for (const t of territories) {
      expect(members.has(t[1]!), `${t[1]} is not a member`).toBe(false);
      expect(t[0]).toContain('fill="#F4F4F4"');
    }
  });

  it("draws a State that was not yet a member as not a member, whatever the instrument", async () => {
    const late = dataset.memberStates.find((s) => s.memberSince && s.memberSince >= "2000" && s.memberSince.length === 10)!;
    const svg = await text(`/map?instrument=C087&asOf=1990-01-01`);
    expect(classes(svg).get(late.code)).toBe("not-member");
  });

  it("gives each State a title with its name, status, date and certainty, and a link to its profile", async () => {
    const svg = await text("/map?instrument=C187&asOf=2021-06-01");
    const ag = /<a href="\/partners\/ag"[^>]*data-state="AG"[^>]*><title>([^<]+)<\/title>/.exec(svg);
    expect(ag?.[1]).toMatch(/^Antigua and Barbuda: uncertain on that date · may be: ratified, not in force \/ not ratified · the date 2021 may fall either side of this day · as of 1 June 2021 · uncertain$/);
    const zh = await text("/zh/map?instrument=C187&asOf=2021-06-01");
    expect(zh).toMatch(/<a href="\/zh\/partners\/fr"[^>]*><title>法国：/);
  });
});

describe("the fundamental map", () => {
  it("classes each State 0–8 before 10 June 2022 and 0–10 after, ranges drawn as ranges", async () => {
    const before = await text("/map?category=fundamental&asOf=2022-06-01");
    const after = await text("/map?category=fundamental&asOf=2023-12-31");
    const max = (svg: string) => Math.max(...[...classes(svg).values()].flatMap((c) => /^f(\d+)$/.exec(c)?.[1] ?? []).map(Number));
    expect(max(before)).toBe(8);
    expect(max(after)).toBe(10);
    // Japan: 6–7 on 2022-06-01 (C105 registered in 2022), 8 at the end of 2023.
    expect(classes(before).get("JP")).toBe("f6-7");
    expect(classes(after).get("JP")).toBe("f8");
  });

  it("offers the map's table as CSV with every member State, both bounds of each count", async () => {
    const csv = parseCsv(await text("/data/map/states.csv?category=fundamental&asOf=2022-06-01&lang=en"));
    const header = csv[0]!;
    expect(header).toEqual(["state", "code", "region", "fundamental", "low", "high", "of", "certainty"]);
    const rows = csv.slice(1).filter((r) => r.length > 1);
    expect(rows).toHaveLength(187);
    const jp = rows.find((r) => r[1] === "JP")!;
    expect([jp[3], jp[4], jp[5], jp[6]]).toEqual(["6–7", "6", "7", "8"]);
  });
});

describe("the map page in a browser", () => {
  it("changes the view with the GET form when JavaScript is off", async () => {
    const off = await browser.newContext({ baseURL, javaScriptEnabled: false });
    try {
      const page = await open("/map", off);
      await expect(page.locator("svg.world-map").getAttribute("data-subject")).resolves.toBe("fundamental");
      await page.getByLabel("Show", { exact: true }).selectOption("C187");
      await page.getByLabel("Date", { exact: true }).fill("2021-01-01");
      await Promise.all([page.waitForURL(/instrument=C187/), page.getByRole("button", { name: "Show this map" }).click()]);
      await expect(page.locator("svg.world-map").getAttribute("data-subject")).resolves.toBe("C187");
      await expect(page.locator("svg.world-map").getAttribute("data-as-of")).resolves.toBe("2021-01-01");
      // Without JavaScript the slider, which needs it, is not offered.
      await expect(page.getByRole("slider").count()).resolves.toBe(0);
    } finally {
      await off.close();
    }
  });

  it("moves through the years with the keyboard on the slider, without a page load, and the address follows", async () => {
    const page = await open("/map?instrument=C187");
    const slider = page.getByRole("slider", { name: "Year" });
    await slider.waitFor();
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    const year = Number(await slider.inputValue());
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
    const target = String(year - 5);
    await page.waitForFunction((y) => document.querySelector("svg.world-map")?.getAttribute("data-as-of") === `${y}-12-31`, target);
    await page.waitForURL(new RegExp(`year=${target}`));
    await expect(page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).resolves.toBe(true);
    await expect(slider.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  for (const path of ["/map", "/map?instrument=C187&asOf=2021-06-01", "/embed/map?instrument=C187", "/zh/map?instrument=C155"]) {
    it(`has no axe violations on ${path} (the map and its timeline)`, async () => {
      const page = await open(path);
      const violations = await axeViolations(page);
      expect(violations, violations.join("\n")).toEqual([]);
    });
  }

  it("draws the timeline with a table beside it, in every language", async () => {
    for (const [prefix, heading] of [["", "Year by year"], ["/zh", "逐年变化"], ["/fr", "Année par année"], ["/es", "Año por año"]] as const) {
      const page = await open(`${prefix}/map?instrument=C187`);
      await expect(page.getByRole("heading", { name: heading }).count()).resolves.toBe(1);
      await expect(page.locator("svg.timeline polyline").count()).resolves.toBe(2);
      await page.close();
    }
    const csv = parseCsv(await text("/data/map/timeline.csv?instrument=C187&lang=en"));
    expect(csv[0]).toEqual(["year", "ratified", "ratifiedLow", "ratifiedHigh", "inForce", "inForceLow", "inForceHigh"]);
    expect(csv.find((r) => r[0] === "2006")?.[1]).toBe("0");
    expect(csv.find((r) => r[0] === "2007")?.[1]).toBe("1");
  });

  it("gives a text to cite, with the title, the date of the figures, the address and the date accessed", async () => {
    const page = await open("/map?instrument=C187&asOf=2021-01-01");
    const cite = await page.getByRole("region", { name: "Cite this" }).innerText();
    expect(cite).toContain("C187 on 1 January 2021");
    expect(cite).toContain("figures as of 1 January 2021");
    expect(cite).toContain("/map?instrument=C187&asOf=2021-01-01");
    // The permalink holds the whole view (instrument, date, language); the embed code frames the embed page.
    await expect(page.getByRole("link", { name: "Permalink to this view" }).getAttribute("href")).resolves.toBe("/map?instrument=C187&asOf=2021-01-01");
    const zh = await open("/zh/map?instrument=C187&year=2015");
    await expect(zh.getByRole("link", { name: "此视图的永久链接" }).getAttribute("href")).resolves.toBe("/zh/map?instrument=C187&asOf=2015-12-31");
    await expect(page.getByLabel("Embed code: copy it into your page").inputValue()).resolves.toMatch(
      /^<iframe src="http:\/\/localhost:3000\/embed\/map\?instrument=C187&asOf=2021-01-01" title="C187 on 1 January 2021: its status in each member State"/,
    );
    const profile = await open("/partners/cn");
    await expect(profile.getByRole("region", { name: "Cite this" }).innerText()).resolves.toMatch(/China.*figures as of .*\/partners\/cn\?asOf=\d{4}-\d{2}-\d{2} \(accessed /s);
  });
});

describe("framing", () => {
  it("lets /embed/map be framed by another origin while /partners/cn may not be", async () => {
    const embed = await fetch(`${baseURL}/embed/map?instrument=C187`);
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(embed.headers.get("x-frame-options")).toBeNull();
    const zhEmbed = await fetch(`${baseURL}/zh/embed/map`);
    expect(zhEmbed.headers.get("content-security-policy")).toContain("frame-ancestors *");
    const profile = await fetch(`${baseURL}/partners/cn`);
    expect(profile.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(profile.headers.get("x-frame-options")).toBe("DENY");
    const map = await fetch(`${baseURL}/map`);
    expect(map.headers.get("x-frame-options")).toBe("DENY");

    // Another origin's page (another port), on a real local server: Chromium blocks a page it
    // cannot place on the local network (one fulfilled by Playwright's router) from framing local addresses.
    const host = createServer((_, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end(`<!DOCTYPE html><title>Other</title><iframe id="ok" src="${baseURL}/embed/map?instrument=C187"></iframe><iframe id="no" src="${baseURL}/partners/cn"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const address = host.address();
    const other = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const ctx = await browser.newContext();
    try {
      const page = await ctx.newPage();
      await page.goto(`${other}/`);
      const ok = page.frameLocator("#ok");
      await expect(ok.locator("svg.world-map").getAttribute("data-subject")).resolves.toBe("C187");
      // The page's load waited for both frames; the profile never rendered in its frame: the browser refused it.
      await expect(page.frameLocator("#no").getByRole("heading", { name: /China/ }).count()).resolves.toBe(0);
      await expect(page.frameLocator("#ok").getByRole("heading", { level: 1 }).innerText()).resolves.toMatch(/^C187 on /);
    } finally {
      await ctx.close();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});

describe("downloads of the map", () => {
  it("sends a PNG that decodes: signature, IHDR with its size, and an image the browser draws", async () => {
    const res = await fetch(`${baseURL}/data/map/world.png?instrument=C187&asOf=2021-01-01&lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(bytes.buffer);
    expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe("IHDR");
    expect(view.getUint32(16)).toBe(1920);
    expect(view.getUint32(20)).toBeGreaterThan(800);
    const page = await context.newPage();
    const size = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, Buffer.from(bytes).toString("base64"));
    expect(size[0]).toBe(1920);
  });

  it("sends an SVG that parses as XML with every member State", async () => {
    const res = await fetch(`${baseURL}/data/map/world.svg?category=fundamental&lang=fr`);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    const page = await context.newPage();
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, "image/svg+xml");
      const states = new Set([...doc.querySelectorAll("a[data-state]")].map((a) => a.getAttribute("data-state")));
      return { error: doc.querySelector("parsererror")?.textContent ?? null, root: doc.documentElement.localName, states: states.size };
    }, svg);
    expect(parsed).toEqual({ error: null, root: "svg", states: 187 });
  });

  it("answers a bad parameter with a 400 that names it", async () => {
    const res = await fetch(`${baseURL}/data/map/world.png?year=1800`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { parameter: string; message: string } };
    expect(body.error.parameter).toBe("year");
    expect(body.error.message).toMatch(/1919 or later/);
    expect((await fetch(`${baseURL}/data/map/world.svg?instrument=C999`)).status).toBe(404);
  });
});

describe("map addresses", () => {
  it("serves a readable view from the route cache after its first request", async () => {
    const path = "/fr/map?instrument=C155&asOf=2019-03-03";
    await fetch(`${baseURL}${path}`);
    const second = await fetch(`${baseURL}${path}`);
    expect(second.status).toBe(200);
    expect(second.headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);
    expect(await second.text()).toContain('data-as-of="2019-03-03"');
  });

  it("explains an address it cannot read, naming the parameter, and shows the default view", async () => {
    const res = await fetch(`${baseURL}/map?instrument=C187&year=1800`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-nextjs-cache")).toBeNull();
    const html = await res.text();
    // In the reader's words: how to write the year, not the schema's message.
    expect(html).toContain("The year “1800” could not be read (write a year from 1919 on, such as 2024)");
    expect(html).toMatch(/<svg[^>]*data-as-of="\d{4}-\d{2}-\d{2}"[^>]*data-subject="C187"/);
    const unknown = await text("/map?instrument=C999");
    expect(unknown).toContain("There is no instrument &quot;C999&quot; in the records");
    expect(unknown).toMatch(/<svg[^>]*data-subject="fundamental"/);
  });

  it("keeps its internal routes private", async () => {
    expect((await fetch(`${baseURL}/map/view/C187/2021-01-01`)).status).toBe(404);
  });
});

describe("the map elsewhere", () => {
  it("appears on each instrument page and, for the fundamental category, on the home page", async () => {
    const ins = await text("/instruments/C187");
    expect(ins).toMatch(/<img [^>]*src="\/data\/map\/world\.svg\?instrument=C187&amp;asOf=\d{4}-\d{2}-\d{2}&amp;lang=en"/);
    const home = await text("/");
    expect(home).toMatch(/<img [^>]*src="\/data\/map\/world\.svg\?category=fundamental&amp;asOf=/);
    // The image is the same map, and the browser draws it.
    const page = await open("/instruments/C187");
    const img = page.getByRole("img", { name: /^On .*, across 187 member States: in force/ });
    await expect(img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth))).resolves.toBe(960);
  });
});
