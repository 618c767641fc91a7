import { describe, expect, it } from "vitest";
import {
  type Dataset,
  fundamentalMap,
  fundamentalTimeline,
  InstrumentCode,
  instrumentMap,
  instrumentMapByRegion,
  instrumentTimeline,
  IsoDate,
  mapChanges,
  membershipOn,
  statusOnDay,
  validateDataset,
} from "../src/index.js";
import { sampleDatasetInput } from "../src/sample.js";

const d = (s: string) => IsoDate.parse(s);
const C155 = InstrumentCode.parse("C155");
const C029 = InstrumentCode.parse("C029");

/** The sample plus France (a year-only C155 and C100), Palau (admitted in May 2012) and complete coverage of the fundamental instruments (C155 included). */
function mapDataset(): Dataset {
  const input = sampleDatasetInput();
  const src = [{ source: "s01" }];
  input.memberStates.push(
    { code: "FR", alpha3: "FRA", name: "France", region: "Europe and Central Asia", memberSince: "1919", founding: true, evidence: "verified", sources: src } as never,
    { code: "PW", alpha3: "PLW", name: "Palau", region: "Asia and the Pacific", memberSince: "2012-05", founding: false, evidence: "verified", sources: src } as never,
  );
  input.ratifications.push(
    { state: "FR", instrument: "C155", registeredOn: "2021", history: [], evidence: "secondary", sources: src } as never,
    { state: "FR", instrument: "C100", registeredOn: "2022", history: [], evidence: "secondary", sources: src } as never,
  );
  input.coverage.push({
    id: "all-fundamental",
    scope: { states: { kind: "all-members" }, instruments: { kind: "category", category: "fundamental" } },
    completeAsOf: "2026-11-29",
    evidence: "verified",
    sources: src,
  } as never);
  const r = validateDataset(input);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.at}: ${p.message}`).join("\n"));
  return r.dataset;
}

describe("membershipOn", () => {
  const ds = mapDataset();
  const palau = ds.memberStates.find((s) => s.code === "PW")!;
  it("reads admission by the happenedBy rule: not yet, open within its month, member once it has passed", () => {
    expect(membershipOn(palau, d("2011-12-31"))).toBe("not-yet");
    expect(membershipOn(palau, d("2012-05-15"))).toBe("open");
    expect(membershipOn(palau, d("2012-05-31"))).toBe("member");
  });
});

describe("instrumentMap", () => {
  const ds = mapDataset();
  const status = (code: string, asOf: string, ins = C155) => instrumentMap(ds, ins, d(asOf)).rows.find((r) => r.state === code);

  it("gives every member State one row, in alpha-2 order", () => {
    const m = instrumentMap(ds, C155, d("2026-11-29"));
    expect(m.rows.map((r) => r.state)).toEqual(["CN", "FR", "KH", "PW"]);
  });

  it("tells in force, ratified not yet in force, not ratified and not a member yet apart", () => {
    expect(status("CN", "2022-09-01", C029)?.status).toBe("not-in-force");
    expect(status("CN", "2023-09-01", C029)?.status).toBe("in-force");
    expect(status("KH", "2023-09-01", C029)?.status).toBe("not-ratified");
    expect(status("PW", "2000-01-01", C029)?.status).toBe("not-member");
    expect(status("PW", "2012-05-10", C029)).toMatchObject({ status: "uncertain", possible: ["not-member", "not-ratified"] });
  });

  it("marks a State uncertain while its year-only registration is open, with what it may be and why", () => {
    const fr = status("FR", "2021-06-01");
    expect(fr).toMatchObject({ status: "uncertain", possible: ["not-in-force", "not-ratified"], registeredOn: "2021" });
    expect(fr?.reasons[0]).toMatchObject({ kind: "date-open", what: "registration", from: "2021-01-01", to: "2021-12-31" });
    expect(status("FR", "2022-06-01")?.status).toBe("uncertain"); // entry into force open during 2022
    expect(status("FR", "2023-01-01")).toMatchObject({ status: "in-force", derived: true, reasons: [] });
  });

  it("counts each class with its certainty: an uncertain State may be in either class", () => {
    const m = instrumentMap(ds, C155, d("2021-06-01"));
    expect(m.counts["in-force"]).toMatchObject({ low: 1, high: 1, certainty: "exact" });
    expect(m.counts["not-in-force"]).toMatchObject({ low: 0, high: 1, certainty: "range" });
    expect(m.counts["not-ratified"]).toMatchObject({ low: 2, high: 3, certainty: "range" });
    expect(m.uncertain).toBe(1);
  });

  it("differs between 2021-01-01 and today in exactly the States whose status changed", () => {
    const before = instrumentMap(ds, C155, d("2021-01-01"));
    const now = instrumentMap(ds, C155, d("2026-11-29"));
    // Computed apart from the map: the States whose ratification's status differs between the two days.
    const changed = ds.ratifications
      .filter((r) => r.instrument === "C155")
      .filter((r) => {
        const a = statusOnDay(ds, r, d("2021-01-01"));
        const b = statusOnDay(ds, r, d("2026-11-29"));
        return a.possible.join() !== b.possible.join();
      })
      .map((r) => r.state);
    expect(changed).toEqual(["FR"]);
    expect(mapChanges(before, now)).toEqual(changed);
  });
});

describe("instrumentMapByRegion", () => {
  const ds = mapDataset();
  it("groups the rows by region with each region's counts, adding up to the whole map's", () => {
    const m = instrumentMap(ds, C155, d("2021-06-01"));
    const regions = instrumentMapByRegion(ds, m);
    expect(regions.map((r) => [r.region, r.rows.map((x) => x.state)])).toEqual([
      ["Asia and the Pacific", ["CN", "KH", "PW"]],
      ["Europe and Central Asia", ["FR"]],
    ]);
    expect(regions[1]!.counts["not-in-force"]).toMatchObject({ low: 0, high: 1, certainty: "range" });
    expect(regions[0]!.counts["in-force"]).toMatchObject({ low: 1, high: 1 });
  });
});

describe("fundamentalMap", () => {
  const ds = mapDataset();
  it("has a class for each count 0…the fundamental Conventions adopted, more after 2022-06-10", () => {
    const before = fundamentalMap(ds, d("2022-06-01"));
    const after = fundamentalMap(ds, d("2022-06-10"));
    expect(before.available).toBe(3);
    expect(after.available).toBe(4); // C155 became fundamental
    expect(before.classes).toHaveLength(4);
    expect(after.classes).toHaveLength(5);
  });

  it("keeps a range a range: France with a year-only C100 has 0–1 on a day inside 2022", () => {
    const m = fundamentalMap(ds, d("2022-06-01"));
    expect(m.rows.find((r) => r.state === "FR")?.fundamental).toMatchObject({ low: 0, high: 1, certainty: "range" });
    // Class 0: KH and PW certainly; France may be there too. Class 1: France may be.
    expect(m.classes[0]).toMatchObject({ low: 2, high: 3, certainty: "range" });
    expect(m.classes[1]).toMatchObject({ low: 0, high: 1, certainty: "range" });
  });

  it("leaves out a State that was not a member yet", () => {
    const m = fundamentalMap(ds, d("2000-01-01"));
    expect(m.rows.find((r) => r.state === "PW")).toMatchObject({ fundamental: null, membership: "not-yet" });
    expect(m.notMember).toBe(1);
  });
});

describe("timelines", () => {
  const ds = mapDataset();
  it("counts, per year since adoption, the States that had ratified and had it in force, with bands where a date is open", () => {
    const t = instrumentTimeline(ds, C155, d("2022-06-01"))!;
    expect(t.points[0]).toMatchObject({ year: 1981, day: "1981-12-31" });
    expect(t.points.at(-1)).toMatchObject({ year: 2022, day: "2022-06-01" });
    expect(t.points).toHaveLength(2022 - 1981 + 1);
    const y2007 = t.points.find((p) => p.year === 2007)!;
    expect(y2007.ratified).toMatchObject({ low: 1, high: 1, certainty: "exact" });
    const y2021 = t.points.find((p) => p.year === 2021)!;
    expect(y2021.ratified).toMatchObject({ low: 2, certainty: "exact" });
    // On 2022-06-01 France's entry into force (some day of 2022) is open.
    expect(t.points.at(-1)!.inForce).toMatchObject({ low: 1, high: 2, certainty: "range" });
  });

  it("gives the fundamental category one series per instrument ever fundamental", () => {
    expect(fundamentalTimeline(ds, d("2026-11-29")).map((s) => s.instrument)).toEqual(["C029", "C100", "C138", "C155"]);
  });

  it("has no timeline for an unknown instrument", () => {
    expect(instrumentTimeline(ds, InstrumentCode.parse("C999"), d("2026-11-29"))).toBeNull();
  });
});
