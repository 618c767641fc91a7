// The public site in Chromium: what a person sees on each page, in each language, on any date.
import { type Store, openStore } from "@partnership-atlas/store";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, parseCsv } from "./browser";

const baseURL = inject("baseURL");
let browser: Browser;
let context: BrowserContext;
let store: Store;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL });
  store = await openStore(inject("databaseUrl"));
  // A second partner, written through the store as a curator would, so compare has two.
  if (!(await store.getRecord("partners", "fr"))) {
    await store.create(
      "partners",
      {
        id: "fr",
        kind: "member-state",
        state: "FR",
        name: "France",
        summary: "A partner added by the test suite.",
        themes: [],
        sections: [],
        evidence: "unverified",
        sources: [],
      },
      { actor: "web-tests" },
    );
  }
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await store?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const res = await page.goto(path);
  expect(res?.status(), `status of ${path}`).toBeLessThan(500);
  return page;
}

/** The "Ratified Conventions by category" table as the page writes its counts ("26", "at least 28"). */
async function categoryCounts(page: Page) {
  const table = page.getByRole("table", { name: "Ratified Conventions by category" });
  // A count that is not exact carries its footnote numbers in a <sup>; the count is the text before it.
  const count = async (label: string) => {
    const cell = table.getByRole("row", { name: new RegExp(`^${label}\\b`) }).getByRole("cell").first();
    const text = await cell.evaluate((td) => [...td.querySelectorAll("sup")].reduce((t, sup) => t.replace(sup.textContent ?? "", ""), td.textContent ?? ""));
    return text.trim();
  };
  return {
    total: await count("Total"),
    fundamental: await count("Fundamental"),
    governance: await count("Governance"),
    technical: await count("Technical"),
  };
}

describe("the China profile", () => {
  it("shows each fact of the source page, computed from the records", async () => {
    const page = await open("/partners/cn?asOf=2022-06-01");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("China");
    // Founding member State.
    const membership = page.getByRole("table", { name: "Membership" });
    const founding = membership.getByRole("row", { name: /Founding member State of the ILO/ });
    await expect(founding.getByRole("cell").first().innerText()).resolves.toBe("yes");
    // 26 Conventions: 4 fundamental, 2 governance, 20 technical (the page's own date).
    await expect(categoryCounts(page)).resolves.toEqual({ total: "26", fundamental: "4", governance: "2", technical: "20" });
    // Voluntary contributions 2018–2022: almost US$5.2 million, including China UN Funds and ITC-ILO Turin.
    const contributions = page.getByRole("table", { name: "Contributions by period and channel" });
    const row = contributions.getByRole("row", { name: /^2018–2022/ });
    await expect(row.innerText()).resolves.toMatch(/\$5,200,000\.00 \(approximate\)/);
    await expect(row.innerText()).resolves.toMatch(/ITC-ILO Turin/);
    await expect(row.innerText()).resolves.toMatch(/China UN Funds/);
    await expect(page.getByRole("figure", { name: "Contributions by period and channel" }).count()).resolves.toBe(1);
    // The three 2019 MoUs under the Belt and Road Initiative, with their ministries.
    const agreements = page.getByRole("table", { name: "Agreements signed" });
    for (const [title, party] of [
      [/MoU on South-South Cooperation under the Framework of the Belt and Road Initiative/, "Ministry of Human Resources and Social Security"],
      [/MoU on South-South Cooperation on Work Safety/, "Ministry of Emergency Management"],
      [/MoU on Cooperation for the Promotion of the Effective Implementation of the MLC, 2006/, "Ministry of Transport"],
    ] as const) {
      const r = agreements.getByRole("row", { name: title });
      await expect(r.count()).resolves.toBe(1);
      await expect(r.innerText()).resolves.toContain(party);
      await expect(r.innerText()).resolves.toContain("Belt and Road Initiative");
    }
    // South-South and triangular cooperation; SSC projects in ASEAN countries.
    await expect(agreements.innerText()).resolves.toContain("South-South and triangular cooperation");
    const projects = page.getByRole("table", { name: "Development cooperation projects" });
    await expect(projects.getByRole("row", { name: /Strengthening Skills Development in Cambodia, Lao PDR and Myanmar/ }).count()).resolves.toBe(1);
    // Areas of cooperation.
    const themes = page.getByRole("region", { name: "Priorities and themes" });
    for (const theme of ["Social protection", "Skills development", "Labour governance", "Occupational safety and health", "Maritime labour"]) {
      await expect(themes.getByRole("listitem").filter({ hasText: theme }).count()).resolves.toBeGreaterThan(0);
    }
    // Country programmes, with evidence and sources on every fact.
    await expect(page.getByRole("table", { name: "Decent Work Country Programmes" }).getByRole("row").count()).resolves.toBeGreaterThan(2);
    await expect(page.getByRole("link", { name: "[c10]" }).first().getAttribute("href")).resolves.toBe("#source-c10");
    await expect(page.getByText(/^⚠ Unverified: from memory/).first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("on 2022-06-01 shows 26 / 4 / 2 / 20, and today at least 28 / 7 / 2 / 19 with the drift notice", async () => {
    // A plain GET form, so the date control works with JavaScript off.
    const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto("/partners/cn");
    // China's whole list is complete as of 2022-08-13 (coverage cn-all): today's counts are lower bounds.
    await expect(categoryCounts(page)).resolves.toEqual({ total: "at least 28", fundamental: "at least 7", governance: "at least 2", technical: "at least 19" });
    const drift = page.getByText(/The page states 26; the records give at least 28 as of/);
    await expect(drift.isVisible()).resolves.toBe(true);
    await expect(page.getByText(/The page states 4; the records give at least 7 as of/).isVisible()).resolves.toBe(true);
    // 20 technical lies within "at least 19": the records cannot decide that statement today.
    await expect(page.getByText(/The page states 20; the records give at least 19 as of .*, which cannot say whether it still holds/).isVisible()).resolves.toBe(true);

    await page.getByLabel("As of date").fill("2022-06-01");
    await page.getByRole("button", { name: "Show figures for this date" }).click();
    await page.waitForURL(/asOf=2022-06-01/);
    await expect(categoryCounts(page)).resolves.toEqual({ total: "26", fundamental: "4", governance: "2", technical: "20" });
    await expect(page.getByText(/The page states 26; the records give/).count()).resolves.toBe(0);
    await noJs.close();
  });

  it("says so when the date cannot be read, and shows today's figures", async () => {
    const page = await open("/partners/cn?asOf=2022-02-30");
    await expect(page.getByRole("alert").filter({ hasText: "2022-02-30" }).innerText()).resolves.toMatch(/“2022-02-30” could not be read \(there is no such day in the calendar\)/);
    await expect(categoryCounts(page)).resolves.toMatchObject({ total: "at least 28" });
    await page.close();
  });
});

describe("downloads", () => {
  it("a table's CSV download parses and matches the table shown", async () => {
    const page = await open("/partners/cn?asOf=2022-06-01");
    const table = page.getByRole("table", { name: "Ratified instruments", exact: true });
    const shown = await table.getByRole("rowheader").allInnerTexts();
    const href = await page.getByRole("link", { name: "CSV — Ratified instruments", exact: true }).getAttribute("href");
    expect(href).toBe("/data/partners/cn/ratifications.csv?asOf=2022-06-01");
    const res = await context.request.get(href!);
    expect(res.headers()["content-type"]).toContain("text/csv");
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      "instrument",
      "title",
      "category",
      "registered_on",
      "registered_from",
      "registered_to",
      "status",
      "status_key",
      "status_derived",
      "status_from",
      "evidence",
      "sources",
    ]);
    expect(rows.map((r) => r[0])).toEqual(shown);
    expect(rows).toHaveLength(26 + 0);
    const titles = await table.getByRole("row").filter({ has: page.getByRole("rowheader") }).evaluateAll((trs) =>
      trs.map((tr) => (tr as HTMLTableRowElement).cells[1]?.textContent ?? ""),
    );
    expect(rows.map((r) => r[1])).toEqual(titles);

    const json = await (await context.request.get("/data/partners/cn/ratifications-by-category.json?asOf=2022-06-01")).json();
    type CountRow = { category_key: string; ratified_low: number; ratified_high: number | null; ratified_certainty: string };
    expect(json.rows.map((r: CountRow) => [r.category_key, r.ratified_low, r.ratified_high, r.ratified_certainty])).toEqual([
      ["total", 26, 26, "exact"],
      ["fundamental", 4, 4, "exact"],
      ["governance", 2, 2, "exact"],
      ["technical", 20, 20, "exact"],
      ["protocols", 0, 0, "exact"],
    ]);
    await page.close();
  });
});

describe("every member State", () => {
  it("the home page lists all 187 States and filters them with JavaScript off", async () => {
    const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto("/");
    const table = page.getByRole("table", { name: "Member States and their ratifications" });
    await expect(table.getByRole("rowheader").count()).resolves.toBe(187);
    await expect(page.getByText(/of the 187 member States have ratified all 10 fundamental Conventions/).isVisible()).resolves.toBe(true);
    await page.getByLabel("Region").selectOption("Arab States");
    await page.getByLabel("Sort by").selectOption("fundamental-desc");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/region=Arab\+States/);
    await expect(table.getByRole("rowheader").count()).resolves.toBe(11);
    await expect(page.getByText("11 of 187 member States shown.").isVisible()).resolves.toBe(true);
    await noJs.close();
  });

  it("a count that is not exact says why on focus and in a footnote", async () => {
    const page = await open("/partners/jp?asOf=2022-06-01");
    const why = "Japan registered C105 in 2022 (between 1 January 2022 and 31 December 2022): it may fall after the day shown.";
    const figure = page.getByRole("link", { name: /^6–7 of 8/ });
    await figure.focus();
    await expect(figure.evaluate((a) => getComputedStyle(a, "::after").content)).resolves.toBe(JSON.stringify(why));
    await expect(page.getByRole("listitem").filter({ hasText: why }).first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("a small State's profile shows its membership and ratifications, and no empty curated sections", async () => {
    const page = await open("/es/partners/tv");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Tuvalu y la OIT");
    await expect(page.getByRole("table", { name: "Convenios ratificados por categoría" }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "Acuerdos" }).count()).resolves.toBe(0);
    await expect(page.getByRole("heading", { name: "Contribuciones" }).count()).resolves.toBe(0);
    await page.close();
  });
});

describe("compare and search", () => {
  it("compares two partners side by side, chosen with the form", async () => {
    const page = await open("/compare");
    await page.getByRole("combobox", { name: "Member State or partner 1" }).selectOption({ label: "China" });
    await page.getByRole("combobox", { name: "Member State or partner 2" }).selectOption({ label: "France" });
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/ids=cn/);
    const table = page.getByRole("table", { name: "Partners side by side" });
    await expect(table.getByRole("columnheader").allInnerTexts()).resolves.toEqual(["Figure", "China", "France"]);
    const ratified = table.getByRole("row", { name: /^Conventions ratified/ }).getByRole("cell");
    // The count, without the footnote number after it.
    await expect(ratified.first().evaluate((td) => td.querySelector(".why")?.firstChild?.textContent)).resolves.toBe("at least 28");
    await page.close();
  });

  it("finds agreements and instruments by words", async () => {
    const page = await open("/");
    await page.getByRole("searchbox", { name: /Search member States/ }).fill("Maritime");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=Maritime/);
    const results = page.getByRole("table", { name: "Search results" });
    await expect(results.getByRole("row", { name: /Maritime Labour Convention, 2006/ }).count()).resolves.toBeGreaterThan(0);
    await expect(results.getByRole("link", { name: /MLC, 2006 through the 21st Century Maritime Silk Road/ }).count()).resolves.toBe(1);
    await page.close();
  });
});

describe("languages", () => {
  it("switching to Chinese shows 中国 for China", async () => {
    const page = await open("/partners/cn");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文（简体）" }).click();
    await page.waitForURL(/\/zh\/partners\/cn/);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("中国");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-Hans");
    await expect(page.getByRole("table", { name: "按类别统计的已批准公约" }).count()).resolves.toBe(1);
    await page.close();
  });
});

describe("record text and changes", () => {
  it("renders a <script> in a record's title as inert characters", async () => {
    const payload = `<script>window.__atlasPwned = 1</script><img src=x onerror="window.__atlasPwned = 2">`;
    const [template] = (await store.listRecords("agreements")).filter((a) => a.record.partner === "cn");
    await store.create("agreements", { ...template!.record, id: "cn-test-script-payload", title: payload }, { actor: "web-tests" });
    const page = await context.newPage();
    await page.goto("/partners/cn");
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByRole("rowheader", { name: payload }).count();
        },
        { timeout: 60_000, interval: 250 },
      )
      .toBe(1);
    await expect(page.evaluate(() => (window as unknown as { __atlasPwned?: number }).__atlasPwned)).resolves.toBeUndefined();
    await expect(page.locator("img[src=x]").count()).resolves.toBe(0);
    await page.close();
  });

  it("shows a change written through the store within 60 seconds, without a rebuild", async () => {
    const current = (await store.listRecords("agreements")).find((a) => a.record.title.startsWith("MoU on South-South Cooperation on Work Safety"));
    expect(current).toBeDefined();
    const title = `${current!.record.title} (renamed by the tests)`;
    await store.update("agreements", current!.key, { ...current!.record, title }, { actor: "web-tests", expectedVersion: current!.version, note: "title corrected" });
    const page = await context.newPage();
    await page.goto("/partners/cn");
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByRole("rowheader", { name: title }).count();
        },
        { timeout: 60_000, interval: 250 },
      )
      .toBe(1);
    await page.close();
  });
});

describe("accessibility and errors", () => {
  // Every page type in every language is checked once in layout.test.ts; these are the variants
  // it does not load (a date, filters, a small State, footnoted counts).
  const pages = [
    "/partners/cn?asOf=2022-06-01",
    "/instruments?category=fundamental",
    "/instruments/C155",
    "/compare?ids=cn,fr",
    "/search?q=maritime",
    "/partners/tv",
    "/fr/partners/jp?asOf=2022-06-01",
    "/?region=Africa&sort=fundamental-desc",
  ];
  for (const path of pages) {
    it(`${path} has no axe violations`, async () => {
      const page = await context.newPage();
      await page.goto(path);
      const summary = await axeViolations(page);
      expect(summary, summary.join("\n")).toEqual([]);
      await page.close();
    });
  }

  it("answers an unknown address with a useful 404 page", async () => {
    const page = await context.newPage();
    const res = await page.goto("/partners/nowhere-at-all");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Page not found");
    await expect(page.getByRole("searchbox").count()).resolves.toBe(1);
    await page.close();
  });

  it("serves an unmatched address's 404 as real HTML, readable without JavaScript", async () => {
    const res = await context.request.get("/no/such/page");
    expect(res.status()).toBe(404);
    const html = (await res.text()).replace(/<script[\s\S]*?<\/script>/g, "");
    expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  });

  it("sends the security headers with every page", async () => {
    const res = await context.request.get("/partners/cn");
    const h = res.headers();
    const csp = h["content-security-policy"];
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    // Cached pages are sent to everyone alike, so the policy is the same for every request.
    expect((await context.request.get("/partners/cn")).headers()["content-security-policy"]).toBe(csp);
    expect((await context.request.get("/zh/partners/cn")).headers()["content-language"]).toBe("zh-Hans");
    expect((await context.request.get("/api/v1/partners")).headers()["content-security-policy"]).toMatch(/^default-src 'none'/);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });
});
