// Brazil, China and the Republic of Korea side by side, and the claims sections of the new
// partners, in Chromium as a reader sees them; the same outcomes in the API and the downloads.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ClaimCheckResponse, ProfileResponse } from "../src/lib/api-schemas";
import { axeViolations, launchBrowser, parseCsv } from "./browser";

const baseURL = inject("baseURL");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** How far the page reaches past the viewport's width (0 when nothing overflows horizontally). */
async function overflowAt(width: number, path: string): Promise<{ overflow: number; wide: string[] }> {
  const page = await browser.newPage({ baseURL, viewport: { width, height: 900 } });
  try {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    return await page.evaluate(() => {
      const doc = document.documentElement;
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && !el.closest(".table-scroll"))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { overflow: doc.scrollWidth - doc.clientWidth, wide };
    });
  } finally {
    await page.close();
  }
}

describe("compare: Brazil, China and the Republic of Korea", () => {
  const path = "/compare?ids=br,cn,kr&asOf=2026-06-04";

  it("names the three partners with their fundamental counts, and voluntary and assessed money in rows of their own", async () => {
    const page = await context.newPage();
    await page.goto(path);
    const table = page.getByRole("table").first();
    // Country names are the official short names (core's table over Intl.DisplayNames): "Republic of Korea".
    for (const name of ["Brazil", "China", "Republic of Korea"]) expect(await table.getByRole("columnheader", { name }).isVisible()).toBe(true);
    const fundamental = table.getByRole("row", { name: /Fundamental/ }).first();
    expect(await fundamental.innerText()).toContain("8");
    expect(await fundamental.innerText()).toContain("9");
    expect(await table.getByRole("row", { name: /Voluntary contributions/ }).innerText()).toMatch(/\$43M – \$70M/);
    // China's records hold no assessed money: the cell says so instead of showing 0.
    const assessed = await table.getByRole("row", { name: /Assessed contributions/ }).innerText();
    expect(assessed).toContain("$80M");
    expect(assessed).toContain("no records");
    expect(assessed).toContain("$41.8M");
    await page.close();
  });

  it.each([1280, 390])("nothing overflows horizontally at %i px, and the three columns fit without scrolling the table", async (width) => {
    const { overflow, wide } = await overflowAt(width, path);
    expect(wide).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);
    const page = await browser.newPage({ baseURL, viewport: { width, height: 900 } });
    await page.goto(path);
    const table = page.getByRole("table").first();
    const fits = await table.evaluate((el) => (el.parentElement ? el.scrollWidth <= el.parentElement.clientWidth : false));
    expect(fits).toBe(true);
    await page.close();
  });
});

describe("the claims section of a partner page", () => {
  it("groups Korea's statements by outcome, each group explained, with the day a drifted one last held", async () => {
    const page = await context.newPage();
    await page.goto("/partners/kr?asOf=2026-06-04");
    const drifted = page.getByRole("region", { name: /^drifted: \d+$/ });
    expect(await drifted.innerText()).toContain("The records gave these figures on the date the page speaks for, but no longer do.");
    expect(await drifted.innerText()).toContain("including, four Fundamental Conventions");
    expect(await drifted.innerText()).toContain("It last held on 19 April 2021.");
    const inconsistent = page.getByRole("region", { name: /^inconsistent with the page: 1$/ });
    // Amounts in a sentence are written as prose writes them (ILO style), the exact ones are in the table.
    expect(await inconsistent.innerText()).toMatch(
      /The page gives US\$63\.1\smillion for 2018–2022 as the total of US\$41\.8\smillion for 2018–2022 \+ US\$21\.2\smillion for 2018–2022, which add up to US\$63\smillion: a difference of US\$100,000\./,
    );
    const undecided = page.getByRole("region", { name: /^cannot be decided: \d+$/ });
    expect(await undecided.innerText()).toContain("has ratified 29 ILO conventions");
    expect(await undecided.innerText()).toContain("at least 15");
    await page.close();
  });

  it("says why Brazil's \"87 Technical\" cannot be decided, in each language's words", async () => {
    for (const [prefix, heading] of [
      ["", /^cannot be decided: \d+$/],
      ["/fr", /^indécidable : \d+$/],
      ["/es", /^no se puede decidir: \d+$/],
      ["/zh", /^无法判定：\d+$/],
    ] as const) {
      const page = await context.newPage();
      await page.goto(`${prefix}/partners/br?asOf=2026-06-04`);
      const group = page.getByRole("region", { name: heading });
      expect(await group.innerText()).toContain("87 Technical Conventions");
      await page.close();
    }
  });
});

describe("accessibility", () => {
  for (const path of ["/compare?ids=br,cn,kr&asOf=2026-06-04", "/partners/kr?asOf=2026-06-04", "/fr/partners/br"]) {
    it(`${path} has no axe violations`, async () => {
      const page = await context.newPage();
      await page.goto(path);
      const summary = await axeViolations(page);
      expect(summary, summary.join("\n")).toEqual([]);
      await page.close();
    });
  }
});

describe("the API and the downloads", () => {
  it("the API's profile of Korea carries each claim's outcome, the inconsistency and the last-held day", async () => {
    const res = await fetch(new URL("/api/v1/partners/kr?asOf=2026-06-04", baseURL));
    expect(res.status).toBe(200);
    const profile = ProfileResponse.parse(await res.json());
    const claims = profile.claims.map((c) => ClaimCheckResponse.parse(c));
    expect(claims.find((c) => c.id === "kr-page-2023-total-2018-2022")).toMatchObject({ status: "inconsistent", inconsistency: { kind: "not-sum-of-parts", sum: "63000000" } });
    expect(claims.find((c) => c.id === "kr-page-2019-fundamental")).toMatchObject({ status: "drifted", lastHeld: "2021-04-19" });
    expect(profile.headline.assessedUsd).toEqual({ low: "41800000", high: "41800000", certainty: "exact" });
  });

  it("Brazil's claims download names every outcome", async () => {
    const res = await fetch(new URL("/data/partners/br/claims.csv?asOf=2026-06-04", baseURL));
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv(await res.text());
    const status = header!.indexOf("status");
    expect(new Set(rows.map((r) => r[status]))).toEqual(new Set(["holds", "undecided"]));
    expect(rows).toHaveLength(8);
  });
});
