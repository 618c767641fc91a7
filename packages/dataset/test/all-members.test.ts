// Every member State's figures from the shipped records, checked against the comparative table
// they were generated from (a copy is kept in test/fixtures) and against known anchors.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type CountryCode,
  type Dataset,
  exactCount,
  InstrumentCode,
  IsoDate,
  instrumentRatifications,
  PartnerId,
  partnerProfile,
  ratificationSummary,
  statesOverview,
  validateDataset,
} from "@partnership-atlas/core";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../scripts/csv.js";
import { mergeComparative } from "../scripts/facts/all-members.js";
import { loadDataset } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const table = parseCsv(readFileSync(resolve(here, "fixtures/normlex-fundamental-comparative.csv"), "utf8"));
const CONVENTIONS = ["C087", "C098", "C029", "C105", "C100", "C111", "C138", "C182", "C155", "C187"];
const day = (d: string) => IsoDate.parse(d);
const fundamental = (ds: Dataset, state: string, d: string) => ratificationSummary(ds, state as CountryCode, day(d)).byCategory.fundamental;

let ds: Dataset;
beforeAll(() => {
  ds = loadDataset();
});

describe("every member State", () => {
  it("has an admission date and a profile", () => {
    expect(ds.memberStates.filter((m) => m.memberSince === undefined)).toEqual([]);
    for (const m of ds.memberStates) {
      const p = partnerProfile(ds, PartnerId.parse(m.code.toLowerCase()), day("2026-06-04"));
      expect(p?.memberState?.code, m.code).toBe(m.code);
    }
  });

  it("has, as of 2026-06-04, exactly the fundamental Conventions and P029 the comparative table gives", () => {
    expect(table).toHaveLength(187);
    const rows = new Map(statesOverview(ds, day("2026-06-04")).rows.map((r) => [r.state.code as string, r]));
    for (const row of table) {
      const expected = CONVENTIONS.filter((c) => row[c]).length;
      const got = rows.get(row.iso2!);
      expect(got?.byCategory.fundamental, row.iso2).toEqual(exactCount(expected));
      expect(got?.p029, row.iso2).toEqual(exactCount(row.P029 ? 1 : 0));
    }
  });

  it("counts C182 as ratified by all 187 States, exactly", () => {
    const c182 = instrumentRatifications(ds, InstrumentCode.parse("C182"), day("2026-06-04"));
    expect(c182.count).toEqual(exactCount(187));
    expect(c182.rows).toHaveLength(187);
  });
});

describe("Japan's fundamental Conventions (C105 registered in 2022; C187, ratified in 2007, fundamental from 2022-06-10)", () => {
  it("are 6 on 2021-12-31", () => {
    expect(fundamental(ds, "JP", "2021-12-31")).toEqual(exactCount(6));
  });
  it("are between 6 and 7 on 2022-06-01, because C105's day in 2022 is not known", () => {
    const c = fundamental(ds, "JP", "2022-06-01");
    expect(c).toMatchObject({ low: 6, high: 7, certainty: "range" });
    expect(c.reasons).toEqual([
      { kind: "date-open", state: "JP", instrument: "C105", what: "registration", date: "2022", from: "2022-01-01", to: "2022-12-31" },
    ]);
  });
  it("are 8 on 2023-12-31", () => {
    expect(fundamental(ds, "JP", "2023-12-31")).toEqual(exactCount(8));
  });
  it("are at least 9 after the table's completeness date, since later ratifications are not recorded", () => {
    expect(fundamental(ds, "JP", "2026-11-29")).toMatchObject({ low: 9, high: null, certainty: "at-least" });
  });
  it("leave governance and technical at least what is recorded: no coverage says Japan's list is complete", () => {
    const s = ratificationSummary(ds, "JP" as CountryCode, day("2023-12-31"));
    expect(s.byCategory.technical.certainty).toBe("at-least");
    expect(s.byCategory.technical.reasons).toContainEqual({ kind: "not-covered", scope: { state: "JP", instrument: null, category: "technical" } });
  });
});

describe("a year-only registration bounded by its source", () => {
  it("Japan's C155 ('2026' in a table complete as of 2026-06-04) lies in 2026-01-01…2026-06-04, so it is exact on 2026-06-04", () => {
    const row = ratificationSummary(ds, "JP" as CountryCode, day("2026-06-04")).rows.find((r) => r.instrument === "C155")!;
    expect(row).toMatchObject({ registeredOn: "2026", registeredBetween: { from: "2026-01-01", to: "2026-06-04" }, registered: "yes" });
    expect(fundamental(ds, "JP", "2026-03-01")).toMatchObject({ low: 8, high: 9, certainty: "range" });
  });
  it("gets a derived entry into force twelve months after registration", () => {
    const s = ratificationSummary(ds, "JP" as CountryCode, day("2023-06-01"));
    const c105 = s.rows.find((r) => r.instrument === "C105")!;
    expect(c105).toMatchObject({ registered: "yes", statusDerived: true, possibleStatuses: ["not-in-force", "in-force"] });
    expect(s.byStatus.inForce.reasons).toContainEqual(expect.objectContaining({ instrument: "C105", what: "entry-into-force", from: "2023-01-01", to: "2023-12-31" }));
    const later = ratificationSummary(ds, "JP" as CountryCode, day("2023-12-31")).rows.find((r) => r.instrument === "C105")!;
    expect(later).toMatchObject({ status: "in-force", statusDerived: true, possibleStatuses: ["in-force"] });
  });
});

describe("the home page's figures", () => {
  it("count the States that have ratified all ten fundamental Conventions, exactly on a covered day and as a range inside a year", () => {
    const exact = statesOverview(ds, day("2026-06-04"));
    expect(exact.fundamentalAvailable).toBe(10);
    const all = exact.rows.filter((r) => CONVENTIONS.every((c) => table.find((t) => t.iso2 === r.state.code)?.[c])).length;
    expect(exact.allFundamental).toEqual(exactCount(all));
    const open = statesOverview(ds, day("2026-03-01")).allFundamental;
    expect(open.certainty).toBe("range");
    expect(open.high).toBe(all);
    expect(exact.byRegion.reduce((n, r) => n + r.states, 0)).toBe(187);
  });
});

describe("the generator's merge of a year-only row into a full-date record", () => {
  const row = (cell: string) => ({ iso2: "JP", country: "Japan", C105: cell });
  const existing = () => {
    const r = structuredClone(ds.ratifications.find((x) => x.state === "JP" && x.instrument === "C105")!);
    return { ...r, registeredOn: "2022-07-19", sources: [{ source: "rx-01" }], reportedDates: undefined };
  };

  it("keeps the full date and both sources when they agree", () => {
    const r = existing();
    const byKey = new Map([["JP-C105", r]]);
    const report = mergeComparative([row("2022")], byKey, new Set(["JP"]));
    expect(report).toMatchObject({ agreed: 1, conflicts: [] });
    expect(r.registeredOn).toBe("2022-07-19");
    expect(r.sources.map((s) => s.source)).toEqual(["rx-01", "normlex-fundamental-comparative"]);
  });

  it("keeps a disagreeing year as a reported date, which validation reports as a warning naming both sources", () => {
    const r = existing();
    const byKey = new Map([["JP-C105", r]]);
    const report = mergeComparative([row("2021")], byKey, new Set(["JP"]));
    expect(report.conflicts).toEqual(["JP-C105: 2022-07-19 vs 2021"]);
    expect(r.registeredOn).toBe("2022-07-19");
    const raw = { ...ds, ratifications: ds.ratifications.map((x) => (x.state === "JP" && x.instrument === "C105" ? r : x)) };
    const result = validateDataset(raw);
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: "conflicting-sources" });
    expect(result.warnings[0]!.message).toMatch(/registeredOn 2022-07-19 \(rx-01\) disagrees with 2021 \(normlex-fundamental-comparative\)/);
  });
});
