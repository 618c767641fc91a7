import { describe, expect, it } from "vitest";
import {
  categoryOn,
  checkClaims,
  contributionSummary,
  CountryCode,
  instrumentRatifications,
  instrumentsOverview,
  IsoDate,
  InstrumentCode,
  PartnerId,
  partnerProfile,
  ratificationSummary,
  exactCount,
  statusOn,
} from "../src/index.js";
import { sampleDataset as fixture } from "../src/sample.js";

const d = (s: string) => IsoDate.parse(s);
const CN = CountryCode.parse("CN");
const cn = PartnerId.parse("cn");

describe("ratificationSummary", () => {
  const ds = fixture();

  it("counts by the category in force on the as-of date (C155 technical before 2022-06-10)", () => {
    const before = ratificationSummary(ds, CN, d("2022-06-01"));
    expect(before.total).toEqual(exactCount(6));
    expect(before.byCategory).toEqual({ fundamental: exactCount(2), governance: exactCount(1), technical: exactCount(3) });
    const after = ratificationSummary(ds, CN, d("2022-06-10"));
    expect(after.byCategory).toEqual({ fundamental: exactCount(3), governance: exactCount(1), technical: exactCount(2) });
  });

  it("counts a ratification from its registration date and its status from the history", () => {
    const justRegistered = ratificationSummary(ds, CN, d("2022-08-12"));
    expect(justRegistered.total).toEqual(exactCount(7));
    expect(justRegistered.rows.find((r) => r.instrument === "C029")?.status).toBe("not-in-force");
    const inForce = ratificationSummary(ds, CN, d("2023-08-12"));
    expect(inForce.byStatus).toEqual({
      inForce: exactCount(5),
      notInForce: exactCount(0),
      denounced: exactCount(1),
      abrogated: exactCount(1),
      withdrawn: exactCount(0),
    });
    expect(inForce.rows.find((r) => r.instrument === "C059")?.automaticBy).toBe("C138");
  });

  it("establishes a month-precision status only once the month has ended", () => {
    const r = ds.ratifications.find((x) => x.instrument === "C015")!;
    expect(statusOn(ds, r, d("2017-06-15"))).toBe("in-force");
    expect(statusOn(ds, r, d("2017-06-30"))).toBe("abrogated");
    expect(statusOn(ds, r, d("1930-01-01"))).toBe("not-yet-ratified");
  });

  it("counts the Conventions of each category that existed on the date", () => {
    const s = ratificationSummary(ds, CN, d("1960-01-01"));
    expect(s.available).toEqual({ fundamental: 2, governance: 0, technical: 2 });
    expect(s.protocols).toEqual(exactCount(0));
  });

  it("orders rows by registration date", () => {
    const s = ratificationSummary(ds, CN, d("2026-11-29"));
    expect(s.rows.map((r) => r.instrument)).toEqual(["C015", "C059", "C100", "C122", "C138", "C155", "C029"]);
  });
});

describe("classification and instruments", () => {
  const ds = fixture();
  it("categoryOn switches on the day of reclassification", () => {
    const c155 = ds.instruments.find((i) => i.code === "C155")!;
    expect(categoryOn(c155, "2022-06-09")).toBe("technical");
    expect(categoryOn(c155, "2022-06-10")).toBe("fundamental");
  });
  it("instrumentsOverview filters by the category on the date and counts ratifications", () => {
    const rows = instrumentsOverview(ds, d("2026-11-29"), { category: "fundamental" });
    expect(rows.map((r) => r.instrument.code).sort()).toEqual(["C029", "C100", "C138", "C155", "P029"]);
    expect(rows.find((r) => r.instrument.code === "C029")?.inForce).toMatchObject({ low: 1 });
    expect(instrumentsOverview(ds, d("2026-11-29"), { status: "abrogated" }).map((r) => r.instrument.code)).toEqual(["C015"]);
  });
  it("instrumentRatifications lists who ratified and their status on the date", () => {
    const { rows } = instrumentRatifications(ds, InstrumentCode.parse("C059"), d("2026-11-29"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: "CN", stateName: "China", status: "denounced", automaticBy: "C138" });
  });
});

describe("contributionSummary", () => {
  const ds = fixture();
  it("sums exactly, by currency, channel and period, with no binary floating point", () => {
    const s = contributionSummary(ds, cn, { fromYear: 2018, toYear: 2023 });
    expect(s.totals).toEqual([{ low: "6200000.10", high: "6200000.10", certainty: "exact", currency: "USD" }]);
    expect(s.usd).toEqual({ low: "6200000.10", high: "6200000.10", certainty: "exact", complete: true });
    expect(s.approximate).toBe(true);
    expect(s.byChannel.map((g) => g.key)).toEqual(["voluntary-all", "south-south-trust-fund"]);
    expect(s.byPeriod.map((g) => g.key)).toEqual([
      { from: 2018, to: 2022, channel: "voluntary-all" },
      { from: 2023, to: 2023, channel: "south-south-trust-fund" },
    ]);
  });
  it("keeps only contributions whose whole period lies in the range", () => {
    expect(contributionSummary(ds, cn, { fromYear: 2019, toYear: 2023 }).totals).toEqual([
      { low: "1000000.10", high: "1000000.10", certainty: "exact", currency: "USD" },
    ]);
  });
});

describe("checkClaims", () => {
  const ds = fixture();
  it("reports a claim that held on its own date as drifted today, with both values", () => {
    const checks = checkClaims(ds, d("2026-11-29"));
    const total = checks.find((c) => c.id === "cn-page-total")!;
    expect(total).toMatchObject({ status: "drifted", stated: 6, onStatedDate: exactCount(6), onAsOf: exactCount(7) });
    expect(checks.find((c) => c.id === "cn-page-fundamental")).toMatchObject({ status: "drifted", onAsOf: exactCount(4) });
    expect(checks.find((c) => c.id === "cn-page-governance")?.status).toBe("holds");
    expect(checks.find((c) => c.id === "cn-page-money")).toMatchObject({ status: "holds", onAsOf: { low: "5200000", high: "5200000" } });
    expect(checks.find((c) => c.id === "cn-page-founding")?.status).toBe("holds");
  });
  it("reports a claim the records never supported as wrong", () => {
    const bri = checkClaims(ds, d("2026-11-29")).find((c) => c.id === "cn-page-bri")!;
    expect(bri).toMatchObject({ status: "wrong", stated: 3, onStatedDate: exactCount(2), onAsOf: exactCount(2) });
  });
  it("holds on the date the claim speaks for", () => {
    const checks = checkClaims(ds, d("2022-06-01"));
    expect(checks.find((c) => c.id === "cn-page-total")?.status).toBe("holds");
  });
});

describe("partnerProfile", () => {
  const ds = fixture();
  it("gathers what a profile shows for the date, and nothing signed later (a month-only date sorts first and counts once its month ends)", () => {
    const p = partnerProfile(ds, cn, d("2019-04-15"))!;
    expect(p.agreements.map((a) => a.id)).toEqual([]);
    const later = partnerProfile(ds, cn, d("2019-04-30"))!;
    expect(later.agreements.map((a) => a.id)).toEqual(["cn-2019-mot-mlc", "cn-2019-mohrss-bri"]);
    expect(later.headline).toMatchObject({ ratified: exactCount(6), fundamental: exactCount(2), agreements: 2, projects: 0 });
    expect(partnerProfile(ds, cn, d("2020-01-01"))!.headline.projects).toBe(1);
    expect(later.countryProgrammes).toEqual([{ programme: expect.objectContaining({ id: "cn-dwcp-2016-2020" }), current: true }]);
    expect(later.sources.map((s) => s.id)).toEqual(["c10", "s01", "s19"]);
    expect(later.memberState?.code).toBe("CN");
  });
  it("returns null for an unknown partner", () => {
    expect(partnerProfile(ds, PartnerId.parse("zz"), d("2020-01-01"))).toBeNull();
  });
});
