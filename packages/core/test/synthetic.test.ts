import { describe, expect, it } from "vitest";
import { COLLECTIONS, type Dataset, IsoDate, partnerProfile, PartnerId, validateDataset } from "../src/index.js";
import { scaleDataset } from "../src/synthetic.js";
import { fixtureInput } from "./fixture.js";

function fixtureWithStates(n: number): Dataset {
  const input = fixtureInput();
  for (let i = 0; i < n; i++) {
    const c = `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
    if (input.memberStates.some((m) => m.code === c)) continue;
    input.memberStates.push({ code: c, alpha3: `${c}X`, name: `State ${c}`, region: "Africa", founding: false, evidence: "unverified", sources: [] } as never);
  }
  const r = validateDataset(input);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.dataset;
}

describe("scaleDataset", () => {
  it("makes a valid dataset with N copies of every partner's records", () => {
    const base = fixtureWithStates(20);
    const big = scaleDataset(base, 10);
    expect(validateDataset(JSON.parse(JSON.stringify(big))).problems).toEqual([]);
    expect(big.partners).toHaveLength(10);
    expect(big.ratifications).toHaveLength(base.ratifications.length * 10);
    expect(big.claims).toHaveLength(base.claims.length * 10);
    for (const c of ["instruments", "memberStates", "sources", "themes"] as const) expect(big[c]).toEqual(base[c]);
    expect(COLLECTIONS.every((c) => Array.isArray(big[c]))).toBe(true);
  });

  it("gives each copy the same figures as the original", () => {
    const big = scaleDataset(fixtureWithStates(5), 3);
    const asOf = IsoDate.parse("2026-11-29");
    const original = partnerProfile(big, PartnerId.parse("cn"), asOf)!;
    const copy = partnerProfile(big, big.partners[2]!.id, asOf)!;
    // Only the founding-member claim differs: the copy's State is not a founding member.
    expect({ ...copy.headline, driftedClaims: 0 }).toEqual({ ...original.headline, driftedClaims: 0 });
    expect(copy.headline.driftedClaims).toBe(original.headline.driftedClaims + 1);
  });

  it("refuses a factor that is not a whole number of at least 1", () => {
    expect(() => scaleDataset(fixtureWithStates(1), 0)).toThrow(RangeError);
  });
});
