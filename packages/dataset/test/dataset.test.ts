import {
  checkClaims,
  countBounds as bounds,
  exactCount,
  type CountryCode,
  type Dataset,
  type IsoDate,
  type PartnerId,
  partnerProfile,
  ratificationSummary,
  statusOn,
  validateDataset,
} from "@partnership-atlas/core";
import { beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR, DatasetError, loadDataset, loadDatasetAsync, readRawDataset } from "../src/index.js";

const CN = "CN" as CountryCode;
const day = (d: string) => d as IsoDate;
let dataset: Dataset;

beforeAll(() => {
  dataset = loadDataset();
});

const ratification = (code: string) => {
  const r = dataset.ratifications.find((x) => x.state === "CN" && x.instrument === code);
  if (!r) throw new Error(`no CN-${code}`);
  return r;
};

describe("the shipped dataset", () => {
  it("validates with zero problems", () => {
    const result = validateDataset(readRawDataset());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("loads the same records synchronously and asynchronously", async () => {
    expect(await loadDatasetAsync()).toEqual(dataset);
    expect(DATA_DIR).toMatch(/data[\\/]$/);
  });

  it("holds every instrument, every member State and China's 28 ratifications", () => {
    expect(dataset.instruments).toHaveLength(198);
    expect(dataset.instruments.filter((i) => i.kind === "protocol").map((i) => i.code)).toEqual([
      "P029",
      "P081",
      "P089",
      "P110",
      "P147",
      "P155",
    ]);
    expect(dataset.memberStates).toHaveLength(187);
    expect(dataset.ratifications.filter((r) => r.state === "CN")).toHaveLength(28);
  });

  it("records C155 and C187 as technical until 9 June 2022 and fundamental from 10 June 2022", () => {
    for (const code of ["C155", "C187"]) {
      expect(dataset.instruments.find((i) => i.code === code)?.classification).toEqual([
        { category: "technical", until: "2022-06-09" },
        { category: "fundamental", from: "2022-06-10" },
      ]);
    }
  });

  it("does not record GB.334 agenda items as abrogated or withdrawn", () => {
    for (const code of ["C007", "C008", "C016", "C045", "C145", "C179"]) {
      const ins = dataset.instruments.find((i) => i.code === code)!;
      expect(ins.status).toBe("outdated");
      expect(ins.note).toMatch(/outcome unverified/);
    }
  });
});

describe("China's ratifications, computed", () => {
  it("match the ILO page's figures on 1 June 2022: 26 = 4 + 2 + 20", () => {
    const s = ratificationSummary(dataset, CN, day("2022-06-01"));
    expect(s.total).toEqual(exactCount(26));
    expect(s.byCategory).toEqual({ fundamental: exactCount(4), governance: exactCount(2), technical: exactCount(20) });
  });

  it("are 28 = 7 + 2 + 19 on 29 November 2026, with 22 in force, 5 denounced and 1 abrogated", () => {
    const s = ratificationSummary(dataset, CN, day("2026-11-29"));
    // China's list is complete as of 2022-08-13 (coverage cn-all), its fundamental ones as of 2026-06-04.
    const covered = ratificationSummary(dataset, CN, day("2026-06-04"));
    expect(covered.byCategory.fundamental).toEqual(exactCount(7));
    expect(bounds(s.total)).toEqual({ low: 28, high: null });
    expect([s.byCategory.fundamental.low, s.byCategory.governance.low, s.byCategory.technical.low]).toEqual([7, 2, 19]);
    expect(s.total.reasons).toContainEqual(expect.objectContaining({ kind: "after-coverage", coverage: "cn-all", completeAsOf: "2022-08-13" }));
    expect([s.byStatus.inForce.low, s.byStatus.denounced.low, s.byStatus.abrogated.low, s.byStatus.notInForce.low]).toEqual([22, 5, 1, 0]);
    const complete = ratificationSummary(dataset, CN, day("2022-08-13"));
    expect(complete.total).toEqual(exactCount(28));
    expect(complete.byCategory).toEqual({ fundamental: exactCount(7), governance: exactCount(2), technical: exactCount(19) });
  });

  it("count C029 as registered but not in force on 1 September 2022, and in force a year after deposit", () => {
    const c029 = ratification("C029");
    expect(c029.registeredOn).toBe("2022-08-12");
    expect(statusOn(dataset, c029, day("2022-09-01"))).toBe("not-in-force");
    expect(statusOn(dataset, c029, day("2023-08-11"))).toBe("not-in-force");
    expect(statusOn(dataset, c029, day("2023-08-12"))).toBe("in-force");
    const s = ratificationSummary(dataset, CN, day("2022-09-01"));
    expect(s.total.low).toBe(28);
    expect(s.byStatus.notInForce.low).toBe(2);
  });

  it("show the automatic denunciations with the instrument that caused them", () => {
    const last = (code: string) => ratification(code).history.at(-1)!;
    expect(last("C059")).toMatchObject({ status: "denounced", automaticBy: "C138", from: "1999-04-28" });
    expect(last("C007")).toMatchObject({ status: "denounced", automaticBy: "C138", from: "1999-04-28" });
    for (const code of ["C016", "C022", "C023"]) {
      expect(last(code)).toMatchObject({ status: "denounced", automaticBy: "MLC2006", from: "2016-11-12" });
    }
    expect(last("C015")).toMatchObject({ status: "abrogated", from: "2017-06" });
  });
});

describe("the ILO page's claims", () => {
  it("report the ratification counts as drifted and the rest as holding on 29 November 2026", () => {
    const checks = new Map(checkClaims(dataset, day("2026-11-29")).map((c) => [c.id as string, c]));
    const drifted = [
      ["cn-page-ratified-total", 26, 28],
      ["cn-page-ratified-fundamental", 4, 7],
    ] as const;
    for (const [id, stated, now] of drifted) {
      expect(checks.get(id)).toMatchObject({ status: "drifted", stated, onStatedDate: exactCount(stated) });
      expect(checks.get(id)?.onAsOf).toMatchObject({ low: now });
    }
    // "20 technical": the records give at least 19 today (the list is complete only to 2022-08-13): 20 is possible.
    expect(checks.get("cn-page-ratified-technical")).toMatchObject({ status: "undecided", onAsOf: { low: 19, high: null } });
    expect(checks.get("cn-page-ratified-governance")?.status).toBe("undecided");
    for (const id of ["cn-page-founding-member", "cn-page-contributions-2018-2022", "cn-page-bri-agreements-2019"]) {
      expect(checks.get(id)?.status, id).toBe("holds");
    }
    expect(checks.get("cn-page-contributions-2018-2022")?.onAsOf).toEqual({ low: "5200000", high: "5200000", certainty: "exact" });
    expect(checks.get("cn-page-bri-agreements-2019")?.onAsOf).toEqual(exactCount(3));
  });

  it("all hold on the date the page speaks for", () => {
    const china = checkClaims(dataset, day("2022-06-01"), "cn" as PartnerId);
    expect(china.length).toBeGreaterThan(0);
    expect(china.filter((c) => c.status !== "holds").map((c) => c.id)).toEqual([]);
  });

  it("feed China's profile: two-thirds of the page's ratification figures are flagged", () => {
    const profile = partnerProfile(dataset, "cn" as PartnerId, day("2026-11-29"))!;
    expect(profile.headline.ratified).toMatchObject({ low: 28, certainty: "at-least" });
    expect(profile.headline).toMatchObject({ driftedClaims: 2 });
    expect(partnerProfile(dataset, "cn" as PartnerId, day("2022-08-13"))!.headline).toMatchObject({
      ratified: exactCount(28),
      fundamental: exactCount(7),
      governance: exactCount(2),
      technical: exactCount(19),
      driftedClaims: 3,
    });
    expect(profile.agreements.length).toBe(12);
  });
});

describe("evidence is carried over, never promoted", () => {
  it("keeps the expected automatic denunciations by MLC, 2006 unverified", () => {
    for (const code of ["C016", "C022", "C023"]) {
      const denounced = ratification(code).history.find((h) => h.status === "denounced")!;
      expect(denounced.evidence).toBe("unverified");
    }
    expect(ratification("C007").history.at(-1)!.evidence).toBe("unverified");
    expect(ratification("C015").history.at(-1)!.evidence).toBe("unverified");
  });

  it("marks C059's denunciation secondary and C029's dates derived", () => {
    expect(ratification("C059").history.at(-1)!.evidence).toBe("secondary");
    expect(ratification("C029").evidence).toBe("derived");
    expect(ratification("C029").history.map((h) => h.evidence)).toEqual(["derived", "derived"]);
  });

  it("raises only what the NORMLEX expansion confirmed", () => {
    expect(ratification("C167")).toMatchObject({ registeredOn: "2002-03-07", evidence: "verified" });
    expect(ratification("C167").history[0]!.evidence).toBe("verified");
    expect(ratification("C170").history[0]!.evidence).toBe("verified");
    expect(ratification("C155")).toMatchObject({ registeredOn: "2007-01-25", evidence: "secondary" });
    for (const code of ["C150", "C144", "C045"]) expect(ratification(code).history[0]!.evidence, code).toBe("secondary");
    for (const code of ["C014", "C100", "C111", "C182"]) expect(ratification(code).history[0]!.evidence, code).toBe("unverified");
  });

  it("keeps member-State regions from memory marked unverified, and verified ones unmarked", () => {
    const state = (code: string) => dataset.memberStates.find((m) => m.code === code)!;
    expect(state("CN").fieldEvidence?.region).toBe("unverified");
    expect(state("FR").fieldEvidence?.region).toBe("unverified");
    expect(state("TO").fieldEvidence?.region).toBe("unverified");
    expect(state("AE").fieldEvidence?.region).toBeUndefined();
    expect(state("AE").sources.map((s) => s.source)).toContain("m01");
    const fromMemory = dataset.memberStates.filter((m) => m.fieldEvidence?.region === "unverified");
    expect(fromMemory).toHaveLength(187 - 18);
  });

  it("marks China and Brazil as founding members on ILO authority, others from Wikipedia as secondary", () => {
    const founders = dataset.memberStates.filter((m) => m.founding);
    expect(founders.map((m) => m.code)).toEqual(expect.arrayContaining(["CN", "BR"]));
    const cn = founders.find((m) => m.code === "CN")!;
    expect(cn).toMatchObject({ memberSince: "1919", evidence: "verified" });
    // Brazil's date and founding come from NORMLEX's country profile (the partner file's b03).
    const br = founders.find((m) => m.code === "BR")!;
    expect(br).toMatchObject({ memberSince: "1919-06-28", evidence: "verified" });
    for (const m of [cn, br]) expect(m.fieldEvidence?.founding, m.code).toBeUndefined();
    for (const m of founders.filter((x) => x.code !== "CN" && x.code !== "BR")) expect(m.fieldEvidence?.founding, m.code).toBe("secondary");
  });

  it("keeps instrument statuses from memory unverified", () => {
    const c100 = dataset.instruments.find((i) => i.code === "C100")!;
    expect(c100.status).toBe("up-to-date");
    expect(c100.fieldEvidence?.status).toBe("unverified");
    const c004 = dataset.instruments.find((i) => i.code === "C004")!;
    expect(c004).toMatchObject({ status: "abrogated", statusDate: "2017-06" });
    expect(c004.fieldEvidence?.status).toBeUndefined();
  });
});

describe("DatasetError", () => {
  it("lists every problem in its message", () => {
    const raw = readRawDataset() as Record<string, unknown[]>;
    const broken = { ...raw, claims: [{ ...(raw.claims![0] as object), partner: "xx" }, ...raw.claims!.slice(1)] };
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    const error = new DatasetError(result.problems);
    expect(error.message).toContain("claims[0].partner");
    expect(error.problems.length).toBe(result.problems.length);
  });
});

describe("other States' ratifications", () => {
  it("are verified only when read in NORMLEX or ILOLEX, and secondary otherwise", () => {
    // States with curated partner records have facts of their own merged in (see partners.test.ts).
    const curated = new Set(dataset.partners.flatMap((p) => (p.kind === "member-state" ? [p.state as string] : [])));
    const others = dataset.ratifications.filter((r) => !curated.has(r.state));
    expect(others.length).toBeGreaterThan(500);
    const ilo = new Set(["n01", "n02", "n03", "n04", "n05", "n06", "n07", "n08"]);
    // The extra rows' sources (rx-…) count as ILO pages when their address is one.
    for (const s of dataset.sources) if (s.id.startsWith("rx-") && s.kind === "primary") ilo.add(s.id);
    for (const r of others) {
      const first = r.sources[0]!.source;
      expect(r.evidence, `${r.state}-${r.instrument}`).toBe(ilo.has(first) ? "verified" : "secondary");
    }
  });

  it("name the instrument behind an automatic denunciation only when that ratification is in the data", () => {
    const keys = new Set(dataset.ratifications.map((r) => `${r.state}-${r.instrument}`));
    for (const r of dataset.ratifications) {
      for (const h of r.history) if (h.status === "denounced" && h.automaticBy) expect(keys.has(`${r.state}-${h.automaticBy}`)).toBe(true);
    }
    const brazil = dataset.ratifications.find((r) => r.state === "BR" && r.instrument === "C146")!;
    expect(brazil.history.at(-1)).toMatchObject({ status: "denounced", from: "2021-05-07" });
    expect(brazil.history.at(-1)).not.toHaveProperty("automaticBy");
  });
});
