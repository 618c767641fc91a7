import { describe, expect, it } from "vitest";
import {
  addYears,
  allJsonSchemas,
  COLLECTIONS,
  compareDecimals,
  happenedBy,
  isRealDate,
  lastDay,
  normaliseDecimal,
  parseIsoDate,
  percentOf,
  sumByCurrency,
  sumDecimals,
  validateRecord,
} from "../src/index.js";
import { sampleDatasetInput as fixtureInput } from "../src/sample.js";

describe("dates", () => {
  it("accepts real calendar days only", () => {
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("1900-02-29")).toBe(false);
    expect(isRealDate("2000-02-29")).toBe(true);
    expect(isRealDate("2022-04-31")).toBe(false);
    expect(isRealDate("2022-4-3")).toBe(false);
  });
  it("treats a partial date as established when its span has passed", () => {
    expect(lastDay("2019-02")).toBe("2019-02-28");
    expect(lastDay("2020")).toBe("2020-12-31");
    expect(happenedBy("2019-04", "2019-04-29")).toBe(false);
    expect(happenedBy("2019-04", "2019-04-30")).toBe(true);
  });
  it("adds years keeping 29 February valid", () => {
    expect(addYears(parseIso("2024-02-29"), 1)).toBe("2025-02-28");
  });
  it("parseIsoDate explains what is wrong", () => {
    expect(parseIsoDate("2022-02-30")).toEqual({ ok: false, message: '"2022-02-30": 2022-02-30 is not a real calendar date' });
    expect(parseIsoDate("yesterday")).toEqual({ ok: false, message: '"yesterday": must be a date written YYYY-MM-DD' });
  });
});

function parseIso(s: string) {
  const r = parseIsoDate(s);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}

describe("exact money", () => {
  it("sums decimals exactly where binary floating point would not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(sumDecimals(Array.from({ length: 1000 }, () => "0.01"))).toBe("10.00");
    expect(sumDecimals(["999999999999999", "1"])).toBe("1000000000000000");
  });
  it("compares, normalises and takes percentages exactly", () => {
    expect(compareDecimals("5200000.00", "5200000")).toBe(0);
    expect(compareDecimals("0.10", "0.09")).toBe(1);
    expect(normaliseDecimal("5200000.00")).toBe("5200000");
    expect(percentOf("1", "3")).toBe("33.3");
    expect(percentOf("2", "3", 2)).toBe("66.67");
  });
  it("never adds different currencies together", () => {
    expect(
      sumByCurrency([
        { amount: "1.5", currency: "USD" },
        { amount: "2", currency: "CNY" },
        { amount: "0.5", currency: "USD" },
      ] as never),
    ).toEqual([
      { amount: "2", currency: "CNY" },
      { amount: "2.0", currency: "USD" },
    ]);
  });
});

describe("single records, for forms", () => {
  it("gives field errors keyed by field path", () => {
    const agreement = { ...fixtureInput().agreements[0], signedOn: "2019-02-30", parties: [{ name: "", role: "ilo" }] };
    const r = validateRecord("agreements", agreement);
    expect(r.ok).toBe(false);
    expect(r.fieldErrors.signedOn).toEqual(["signedOn: 2019-02-30 is not a real calendar date"]);
    expect(r.fieldErrors["parties.0.name"]?.[0]).toMatch(/must not be empty/);
    expect(r.fieldErrors.parties?.[0]).toMatch(/at least two parties/);
  });
  it("returns the parsed record when valid", () => {
    const r = validateRecord("agreements", fixtureInput().agreements[0]);
    expect(r.ok && r.record.id).toBe("cn-2019-mohrss-bri");
  });
});

describe("JSON Schema", () => {
  it("describes every record type and the dataset, from the same schemas", () => {
    const all = allJsonSchemas();
    expect(Object.keys(all).sort()).toEqual([...COLLECTIONS, "dataset"].sort());
    const agreement = all.agreements as { properties: Record<string, { pattern?: string }>; required: string[] };
    expect(agreement.required).toEqual(expect.arrayContaining(["id", "partner", "title", "signedOn", "evidence", "sources"]));
    expect(agreement.properties.id?.pattern).toBeDefined();
    const ratification = all.ratifications as { properties: { history: { items: { oneOf?: unknown[]; anyOf?: unknown[] } } } };
    expect((ratification.properties.history.items.oneOf ?? ratification.properties.history.items.anyOf)?.length).toBe(5);
    expect(JSON.parse(JSON.stringify(all.dataset))).toEqual(all.dataset);
  });
});
