// Every member State on the web and in the API, checked over HTTP (no browser): each profile in
// each language, each API profile equal to core's derivation, the figures the issue names, the
// home table of all States without JavaScript, and search by a State's name in every language.
import { isDeepStrictEqual } from "node:util";
import { gzipSync } from "node:zlib";
import {
  type Dataset,
  type IsoDate,
  instrumentRatifications,
  InstrumentCode,
  IsoDate as IsoDateSchema,
  PartnerId,
  partnerIdOfState,
  partnerProfile,
  stateName,
} from "@partnership-atlas/core";
import { openStore } from "@partnership-atlas/store";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { z } from "zod";
import { InstrumentResponse, ProfileResponse, SearchResponse } from "../src/lib/api-schemas";

const baseURL = inject("baseURL");
const LANGS = [
  ["en", ""],
  ["zh", "/zh"],
  ["fr", "/fr"],
  ["es", "/es"],
] as const;
const LOCALES = { en: "en", zh: "zh-Hans", fr: "fr", es: "es" } as const;

let dataset: Dataset;

beforeAll(async () => {
  const store = await openStore(inject("databaseUrl"));
  try {
    dataset = await store.loadDataset();
  } finally {
    await store.close();
  }
});

const day = (d: string): IsoDate => IsoDateSchema.parse(d);
const ids = () => dataset.memberStates.map((m) => partnerIdOfState(m.code));

async function json<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  const res = await fetch(new URL(path, baseURL));
  expect(res.status, path).toBe(200);
  const parsed = schema.safeParse(await res.json());
  if (!parsed.success) throw new Error(`${path} does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}

/** Runs `task` over `items`, `width` at a time: a few hundred requests without flooding two cores. */
async function inPool<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/** The page's text as a person reads it with JavaScript off: scripts dropped, tags removed. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");
}

describe("every member State", () => {
  it("holds 187 member States", () => {
    expect(dataset.memberStates).toHaveLength(187);
  });

  it("has a profile in each language, titled with its name in that language", async () => {
    const jobs = ids().flatMap((id) => LANGS.map(([lang, prefix]) => ({ id, lang, path: `${prefix}/partners/${id}` })));
    expect(jobs).toHaveLength(748);
    const failures: string[] = [];
    await inPool(jobs, 6, async ({ id, lang, path }) => {
      const res = await fetch(new URL(path, baseURL));
      const html = await res.text();
      // The official short name in the language (core's one table over Intl.DisplayNames).
      const name = stateName(lang, id.toUpperCase());
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "";
      const escaped = name.replace(/&/g, "&amp;").replace(/'/g, "&#x27;");
      if (res.status !== 200 || !h1.includes(escaped)) failures.push(`${path}: ${res.status} ${h1}`);
    });
    expect(failures).toEqual([]);
  });

  it("answers in the API with core's derivation of its profile (both bounds and the certainty)", async () => {
    const asOf = day("2026-06-04");
    const failures: string[] = [];
    await inPool(ids(), 6, async (id) => {
      const body = await json(`/api/v1/partners/${id}?asOf=${asOf}`, ProfileResponse);
      const core = partnerProfile(dataset, id, asOf);
      expect(core, id).not.toBeNull();
      // JSON drops nothing core gives here (no undefined fields), so a round trip is the API's view of it.
      if (!isDeepStrictEqual(body.headline, JSON.parse(JSON.stringify(core!.headline)))) failures.push(`${id} headline`);
      if (!isDeepStrictEqual(body.ratifications?.byCategory, core!.ratifications?.byCategory)) failures.push(`${id} byCategory`);
    });
    expect(failures).toEqual([]);
  });

  it("lists every State in /api/v1/partners, with the headline's bounds", async () => {
    const res = await fetch(new URL("/api/v1/partners?asOf=2026-06-04", baseURL));
    const body = (await res.json()) as { partners: { id: string; headline: { fundamental: { low: number; high: number | null; certainty: string } } }[] };
    expect(new Set(body.partners.map((p) => p.id))).toEqual(new Set([...ids(), ...dataset.partners.filter((p) => p.kind !== "member-state").map((p) => p.id)]));
    for (const p of body.partners.filter((x) => x.headline.fundamental)) {
      expect(Object.keys(p.headline.fundamental).sort()).toEqual(["certainty", "high", "low", "reasons"]);
    }
  });
});

describe("the figures the issue names, through the API", () => {
  const fundamental = async (id: string, asOf: string) =>
    (await json(`/api/v1/partners/${id}?asOf=${asOf}`, ProfileResponse)).headline.fundamental;

  it("Japan's fundamental Conventions: 6 on 2021-12-31, 6–7 on 2022-06-01, 8 on 2023-12-31", async () => {
    expect(await fundamental("jp", "2021-12-31")).toMatchObject({ low: 6, high: 6, certainty: "exact" });
    const open = await fundamental("jp", "2022-06-01");
    expect(open).toMatchObject({ low: 6, high: 7, certainty: "range" });
    expect(open?.reasons).toContainEqual(expect.objectContaining({ kind: "date-open", state: "JP", instrument: "C105" }));
    expect(await fundamental("jp", "2023-12-31")).toMatchObject({ low: 8, high: 8, certainty: "exact" });
  });

  it("China: exactly 26 / 4 / 2 / 20 on 2022-06-01, and 28 / 7 / 2 / 19 at least on 2026-11-29 (its list is complete to 2022-08-13)", async () => {
    const on = (await json("/api/v1/partners/cn?asOf=2022-06-01", ProfileResponse)).headline;
    expect([on.ratified, on.fundamental, on.governance, on.technical].map((c) => [c?.low, c?.high])).toEqual([
      [26, 26],
      [4, 4],
      [2, 2],
      [20, 20],
    ]);
    const later = (await json("/api/v1/partners/cn?asOf=2026-11-29", ProfileResponse)).headline;
    expect([later.ratified, later.fundamental, later.governance, later.technical].map((c) => c?.low)).toEqual([28, 7, 2, 19]);
    expect(later.ratified).toMatchObject({ high: null, certainty: "at-least" });
    expect(later.ratified?.reasons).toContainEqual(expect.objectContaining({ kind: "after-coverage", scope: { state: "CN", instrument: null, category: null } }));
  });

  it("C182: 187 States, exactly, once the table's bounds have passed", async () => {
    const body = await json("/api/v1/instruments/C182?asOf=2026-06-04", InstrumentResponse);
    expect(body.count).toEqual({ low: 187, high: 187, certainty: "exact", reasons: [] });
    expect(new Set(body.ratifications.map((r) => r.state)).size).toBe(187);
    expect(body.count).toEqual(instrumentRatifications(dataset, InstrumentCode.parse("C182"), day("2026-06-04")).count);
  });
});

describe("a year-only ratification on the page", () => {
  const page = async (path: string) => visibleText(await (await fetch(new URL(path, baseURL))).text());

  it("shows Japan's C105 (registered in 2022) as a range on a day inside 2022, saying why, and as exact after", async () => {
    // Eight fundamental Conventions before C155 and C187 joined them on 2022-06-10.
    const open = await page("/partners/jp?asOf=2022-06-01");
    expect(open).toMatch(/6–7 of 8 \d? ?Fundamental/);
    expect(open).toContain("Japan registered C105 in 2022 (between 1 January 2022 and 31 December 2022): it may fall after the day shown.");
    expect(open).toMatch(/C105 Abolition of Forced Labour Convention, 1957 fundamental 2022 \(may be after the day shown\)/);
    const after = await page("/partners/jp?asOf=2023-12-31");
    expect(after).toMatch(/ 8 of 10 Fundamental/);
    expect(after).not.toContain("Japan registered C105 in 2022");
  });

  it("says the same in French", async () => {
    const open = await page("/fr/partners/jp?asOf=2022-06-01");
    expect(open).toMatch(/6–7 sur 8/);
    expect(open).toContain("Japon a enregistré la ratification de la C105 en 2022");
  });
});

describe("the home page", () => {
  it("lists all 187 States without JavaScript, with the headline sentence, in under 100 KB of gzip", async () => {
    const res = await fetch(new URL("/?asOf=2026-06-04", baseURL));
    const html = await res.text();
    expect(res.status).toBe(200);
    const tbody = /<caption[^>]*>Member States and their ratifications<\/caption>[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "";
    expect(tbody.match(/<tr/g)).toHaveLength(187);
    const text = visibleText(html);
    expect(text).toMatch(/As of 4 June 2026, \d+ of the 187 member States have ratified all 10 fundamental Conventions\./);
    expect(text).toContain("China (★ partnership records)");
    expect(gzipSync(html).length).toBeLessThan(100 * 1024);
  });

  it("filters by region and by name, and sorts, with GET parameters", async () => {
    const rows = async (query: string) => {
      const html = await (await fetch(new URL(`/?asOf=2026-06-04&${query}`, baseURL))).text();
      const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "";
      return [...tbody.matchAll(/<th scope="row"><a href="\/partners\/([a-z]{2})"/g)].map((m) => m[1]);
    };
    const arab = await rows("region=Arab+States");
    expect(arab).toHaveLength(dataset.memberStates.filter((m) => m.region === "Arab States").length);
    expect(await rows("q=franc")).toContain("fr");
    const byFundamental = await rows("sort=fundamental-asc");
    const first = dataset.memberStates.find((m) => m.code === byFundamental[0]?.toUpperCase());
    expect(first).toBeDefined();
    const res = await fetch(new URL("/?region=Atlantis", baseURL));
    // In the reader's words, naming the filter (not the schema's message).
    expect(visibleText(await res.text())).toContain("The filter Region could not be used and was left out.");
  });
});

describe("search", () => {
  it("finds every State by its name in each of the four languages", async () => {
    const jobs = dataset.memberStates.flatMap((m) =>
      LANGS.map(([lang]) => ({ code: m.code, name: new Intl.DisplayNames([LOCALES[lang]], { type: "region" }).of(m.code) ?? m.code })),
    );
    const failures: string[] = [];
    await inPool(jobs, 8, async ({ code, name }) => {
      const body = await json(`/api/v1/search?q=${encodeURIComponent(name)}`, SearchResponse);
      if (!body.hits.some((h) => h.kind === "partner" && h.key === code.toLowerCase())) failures.push(`${code} as ${name}`);
    });
    expect(failures).toEqual([]);
  });

  it.each(["France", "法国", "Francia"])("the search page finds France as %s", async (q) => {
    const html = await (await fetch(new URL(`/search?q=${encodeURIComponent(q)}`, baseURL))).text();
    expect(html).toContain('href="/partners/fr"');
  });
});

describe("about the data", () => {
  it.each(LANGS)("is served in %s with every coverage record", async (_lang, prefix) => {
    const res = await fetch(new URL(`${prefix}/about`, baseURL));
    expect(res.status).toBe(200);
    const text = visibleText(await res.text());
    for (const c of dataset.coverage) expect(text).toContain(c.completeAsOf.slice(0, 4));
    const dl = await (await fetch(new URL(`/data/about/coverage.json?lang=en`, baseURL))).json();
    expect(dl.rows.map((r: { id: string }) => r.id).sort()).toEqual(dataset.coverage.map((c) => c.id).sort());
  });
});

describe("downloads carry both bounds and the certainty", () => {
  it("the States table's CSV gives low, high and certainty beside each count", async () => {
    const res = await fetch(new URL("/data/states.json?asOf=2022-06-01&q=japan", baseURL));
    const body = (await res.json()) as { rows: Record<string, unknown>[] };
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).toMatchObject({ code: "JP", fundamental_low: 6, fundamental_high: 7, fundamental_certainty: "range" });
    const core = partnerProfile(dataset, PartnerId.parse("jp"), day("2022-06-01"))!.headline.fundamental!;
    expect([body.rows[0]!.fundamental_low, body.rows[0]!.fundamental_high]).toEqual([core.low, core.high]);
  });

  it("the membership download gives the admission date as the record has it, beside the text shown", async () => {
    const tv = dataset.memberStates.find((m) => m.code === "TV");
    expect(tv?.memberSince).toBeDefined();
    const body = (await (await fetch(new URL("/data/partners/tv/membership.json", baseURL))).json()) as { rows: Record<string, unknown>[] };
    expect(body.rows.find((r) => r.fact_key === "member_since")).toMatchObject({ raw: tv?.memberSince });
  });
});
