// The map's figures on the shipped records: every member State, and C187 between two days.
import { type Dataset, fundamentalMap, InstrumentCode, instrumentMap, IsoDate, mapChanges, statusOnDay } from "@partnership-atlas/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../src/index.js";

let ds: Dataset;
beforeAll(() => {
  ds = loadDataset();
});
const d = (s: string) => IsoDate.parse(s);
const C187 = InstrumentCode.parse("C187");

describe("the C187 map on the shipped records", () => {
  it("has a row for each of the 187 member States", () => {
    expect(instrumentMap(ds, C187, d("2026-06-04")).rows).toHaveLength(187);
  });

  it("differs between 2021-01-01 and 2026-06-04 in exactly the States whose C187 status changed", () => {
    const changed = ds.ratifications
      .filter((r) => r.instrument === "C187")
      .filter((r) => statusOnDay(ds, r, d("2021-01-01")).possible.join() !== statusOnDay(ds, r, d("2026-06-04")).possible.join())
      .map((r) => r.state)
      .sort();
    expect(changed.length).toBeGreaterThan(20);
    expect(mapChanges(instrumentMap(ds, C187, d("2021-01-01")), instrumentMap(ds, C187, d("2026-06-04")))).toEqual(changed);
  });

  it("ends with 77 ratifications of C187 on 2026-06-04 (the reference table's count)", () => {
    const m = instrumentMap(ds, C187, d("2026-06-04"));
    const ratified = m.rows.filter((r) => r.status !== "not-ratified" && r.status !== "not-member").length;
    expect(ratified).toBe(77);
  });
});

describe("the fundamental map on the shipped records", () => {
  it("classes 0–10 today and 0–8 before 2022-06-10, each State counted in the classes it may be in", () => {
    const now = fundamentalMap(ds, d("2026-06-04"));
    expect(now.classes).toHaveLength(11);
    expect(fundamentalMap(ds, d("2022-06-01")).classes).toHaveLength(9);
    const certain = now.classes.reduce((n, c) => n + c.low, 0);
    expect(certain).toBeLessThanOrEqual(187);
    expect(now.classes.reduce((n, c) => n + (c.high ?? 0), 0)).toBeGreaterThanOrEqual(187 - now.notMember);
  });
});
