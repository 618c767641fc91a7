// Brazil and the Republic of Korea: their records, and the outcomes of their pages' claims.
import { checkClaims, type ClaimCheck, type Dataset, exactCount, IsoDate, type PartnerId, partnerProfile } from "@partnership-atlas/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../src/index.js";

let dataset: Dataset;
beforeAll(() => {
  dataset = loadDataset();
});

const check = (id: string, asOf: string): ClaimCheck => {
  const c = checkClaims(dataset, IsoDate.parse(asOf)).find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};
/** The last day the records are complete for the fundamental Conventions of every State. */
const COMPLETE = "2026-06-04";
const TODAY = "2026-12-01";

describe("Korea's \"four Fundamental Conventions\" (the partner page, c. 2019)", () => {
  const id = "kr-page-2019-fundamental";
  it("holds as of 2021-04-19, the day before the deposit of C029, C087 and C098", () => {
    expect(check(id, "2021-04-19")).toMatchObject({ status: "holds", stated: 4, onAsOf: exactCount(4), lastHeld: null });
  });
  it("has drifted as of 2021-04-21: the records give 7, and it last held on 2021-04-19", () => {
    expect(check(id, "2021-04-21")).toMatchObject({ status: "drifted", onStatedDate: exactCount(4), onAsOf: exactCount(7), lastHeld: "2021-04-19" });
  });
  it("has drifted today: 9 (C155 and C187 fundamental since 2022-06-10), at least 9 after the table's last day", () => {
    expect(check(id, COMPLETE)).toMatchObject({ status: "drifted", onAsOf: exactCount(9), lastHeld: "2021-04-19" });
    expect(check(id, TODAY)).toMatchObject({ status: "drifted", onAsOf: { low: 9, high: null, certainty: "at-least" }, lastHeld: "2021-04-19" });
  });
  it("the later page repeats it when it was already untrue: wrong on its own date too", () => {
    expect(check("kr-page-2023-fundamental", TODAY)).toMatchObject({ status: "wrong", onStatedDate: exactCount(9), lastHeld: "2021-04-19" });
  });
});

describe("the deposit of 20 April 2021 sharpens Korea's records", () => {
  it("keeps the full date and both the comparative table and the Korean sources", () => {
    for (const code of ["C029", "C087", "C098"]) {
      const r = dataset.ratifications.find((x) => x.state === "KR" && x.instrument === code)!;
      expect(r.registeredOn).toBe("2021-04-20");
      expect(r.sources.map((s) => s.source)).toEqual(expect.arrayContaining(["normlex-fundamental-comparative", "k13", "k14"]));
      expect(r.reportedDates).toBeUndefined();
      // A secondary source gives the day: the record is not promoted to verified.
      expect(r.evidence).toBe("secondary");
    }
  });
});

describe("NORMLEX's dates for Brazil", () => {
  it("join the records they agree with, which become verified (a primary source for the same day)", () => {
    const r = dataset.ratifications.find((x) => x.state === "BR" && x.instrument === "C029")!;
    expect(r).toMatchObject({ registeredOn: "1957-04-25", evidence: "verified" });
    expect(r.sources.map((s) => s.source)).toContain("b02");
  });
  it("a year from a primary source does not make a day from a secondary one verified (Korea's C087)", () => {
    const r = dataset.ratifications.find((x) => x.state === "KR" && x.instrument === "C087")!;
    expect(r.sources.map((s) => s.source)).toContain("k18");
    expect(r.evidence).toBe("secondary");
  });
});

describe("claims the records cannot decide", () => {
  it("Brazil's \"87 Technical\": the records are not complete for technical Conventions, at least 15", () => {
    const c = check("br-page-ratified-technical", TODAY);
    expect(c).toMatchObject({ status: "undecided", stated: 87, onAsOf: { low: 15, high: null, certainty: "at-least" } });
    expect(c.onAsOf && typeof c.onAsOf === "object" && "reasons" in c.onAsOf ? c.onAsOf.reasons : []).toContainEqual({
      kind: "not-covered",
      scope: { state: "BR", instrument: null, category: "technical" },
    });
  });
  it("Korea's \"29 conventions\": at least 15 in the records", () => {
    expect(check("kr-page-2023-ratified-total", TODAY)).toMatchObject({ status: "undecided", stated: 29, onAsOf: { low: 15, high: null, certainty: "at-least" } });
  });
});

describe("Brazil's \"eight Fundamental\"", () => {
  it("holds on the page's own date and on the last day the records are complete", () => {
    expect(check("br-page-ratified-fundamental", "2023-01-01")).toMatchObject({ status: "holds", onAsOf: exactCount(8) });
    expect(check("br-page-ratified-fundamental", COMPLETE)).toMatchObject({ status: "holds", onAsOf: exactCount(8) });
  });
  it("after that day the records give at least 8: the claim is possible but not decided", () => {
    expect(check("br-page-ratified-fundamental", TODAY)).toMatchObject({ status: "undecided", onAsOf: { low: 8, high: null } });
  });
  it("before C155 became fundamental (10 June 2022) Brazil had 7", () => {
    expect(check("br-page-ratified-fundamental", "2022-06-09")).toMatchObject({ onAsOf: exactCount(7) });
  });
});

describe("Korea's chart caption", () => {
  it("US$ 63.1M is inconsistent with the same page's parts, 41.8 + 21.2 = 63.0", () => {
    expect(check("kr-page-2023-total-2018-2022", TODAY)).toMatchObject({
      status: "inconsistent",
      stated: "63100000",
      inconsistency: { kind: "not-sum-of-parts", sum: "63000000", difference: "100000", parts: ["kr-page-2023-assessed-2018-2022", "kr-page-2023-voluntary-2018-2022"] },
    });
  });
  it("the parts themselves are checked in US dollars, for 2018–2022, each by its kind", () => {
    expect(check("kr-page-2023-assessed-2018-2022", TODAY)).toMatchObject({ status: "holds", onAsOf: { low: "41800000", high: "41800000" } });
    const c = check("kr-page-2023-assessed-2018-2022", TODAY).claim;
    expect(c.params).toEqual({ fromYear: 2018, toYear: 2022, currency: "USD", contributionKind: "assessed" });
  });
  it("\"In 2018 … exceeded US$ 29.9 million\" stays unverified and undecided: a five-year record cannot split one year out", () => {
    const c = check("kr-page-2019-assessed-2018", TODAY);
    expect(c).toMatchObject({ status: "undecided", onAsOf: { low: "0", high: "41800000" } });
    expect(c.claim.evidence).toBe("unverified");
  });
});

describe("Brazil's records", () => {
  it("keep the 2009 agreement to its verified month, with the sources that disagree on the day", () => {
    const a = dataset.agreements.find((x) => x.id === "br-2009-03-complementary-agreement")!;
    expect(a.signedOn).toBe("2009-03");
    expect(a.sources.map((s) => s.source)).toEqual(expect.arrayContaining(["b05", "b06", "b36"]));
    expect(a.note).toMatch(/22 March/);
    expect(a.note).toMatch(/June 2009/);
  });
  it("record Brazil as a founding member from NORMLEX, and the page's claim holds", () => {
    expect(dataset.memberStates.find((m) => m.code === "BR")).toMatchObject({ founding: true, memberSince: "1919-06-28" });
    expect(check("br-page-founding-member", TODAY).status).toBe("holds");
  });
  it("keep money in its own currency: the MPT's transfers stay in reais", () => {
    expect(dataset.contributions.find((c) => c.id === "br-mpt-awure-2018-2024")?.money).toEqual({ amount: "23000000", currency: "BRL" });
  });
  it("the profile's headline gives voluntary and assessed money apart", () => {
    const h = partnerProfile(dataset, "br" as PartnerId, IsoDate.parse(TODAY))!.headline;
    expect(h.assessedUsd).toEqual({ low: "80000000", high: "80000000", certainty: "exact" });
    // Voluntary totals of overlapping periods: at least the largest set that cannot overlap, at most all added.
    expect(h.contributionsUsd.certainty).toBe("range");
    expect(h.contributionsUsd.high).toBe("70000000");
  });
});
