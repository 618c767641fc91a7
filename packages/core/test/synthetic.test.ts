import { describe, expect, it } from "vitest";
import { IsoDate, partnerProfile, validateDataset } from "../src/index.js";
import { sampleDataset, sampleDatasetInput } from "../src/sample.js";
import { countRecords, scaleDataset, syntheticDataset } from "../src/synthetic.js";

describe("synthetic datasets", () => {
  it("scaleDataset grows a dataset to about N times its records, and it stays valid", () => {
    const base = sampleDataset();
    const big = scaleDataset(base, 10);
    expect(validateDataset(big).problems).toEqual([]);
    expect(countRecords(big)).toBeGreaterThanOrEqual(10 * countRecords(base));
    expect(countRecords(big)).toBeLessThan(11 * countRecords(base));
    for (const c of ["instruments", "sources", "themes"] as const) expect(big[c]).toEqual(base[c]);
  });

  it("gives each member-State copy the same figures as the original", () => {
    const big = syntheticDataset(sampleDatasetInput(), { copies: 3 });
    const asOf = IsoDate.parse("2026-11-29");
    const original = partnerProfile(big, big.partners[0]!.id, asOf)!;
    const copy = partnerProfile(big, big.partners[2]!.id, asOf)!;
    // Only the founding-member claim differs: a synthetic State is not a founding member.
    expect({ ...copy.headline, driftedClaims: 0 }).toEqual({ ...original.headline, driftedClaims: 0 });
    expect(copy.headline.driftedClaims).toBe(original.headline.driftedClaims + 1);
  });

  it("turns to organisations when the two-letter codes run out, and stays valid", () => {
    const big = syntheticDataset(sampleDatasetInput(), { copies: 700, variant: " (v2)" });
    expect(validateDataset(big).problems).toEqual([]);
    expect(big.partners.filter((p) => p.kind === "organisation").length).toBeGreaterThan(0);
    expect(big.agreements.at(-1)?.title).toMatch(/\(v2\)$/);
  });

  it("refuses a factor below 1", () => {
    expect(() => scaleDataset(sampleDataset(), 0)).toThrow(RangeError);
  });
});
