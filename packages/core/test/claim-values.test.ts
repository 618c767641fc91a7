// A claim's figures come typed from core, the stated one and the computed ones in one shape, so
// an app writes "5200000" stated and the records' 5,200,000 with the same formatter.
import { describe, expect, it } from "vitest";
import { checkClaims, type IsoDate, validateDataset } from "../src/index.js";
import { sampleDatasetInput } from "../src/sample.js";

const parsed = validateDataset(sampleDatasetInput());
if (!parsed.ok) throw new Error("the sample is invalid");
const checks = checkClaims(parsed.dataset, "2022-06-01" as IsoDate);
const byId = (id: string) => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};

describe("typed claim values", () => {
  it("gives a stated amount as money in the claim's currency, like the computed total", () => {
    const c = byId("cn-page-money");
    expect(c.values.stated).toEqual({ kind: "money", currency: "USD", amount: { low: "5200000", high: "5200000", certainty: "exact" } });
    expect(c.values.onAsOf?.kind).toBe("money");
    if (c.values.onAsOf?.kind !== "money") throw new Error("not money");
    expect(c.values.onAsOf.currency).toBe("USD");
  });

  it("gives a stated count as an exact Count, like the computed one", () => {
    const c = byId("cn-page-total");
    expect(c.values.stated).toEqual({ kind: "count", count: { low: 6, high: 6, certainty: "exact", reasons: [] } });
    expect(c.values.onAsOf?.kind).toBe("count");
  });

  it("keeps the untyped fields as they were", () => {
    const c = byId("cn-page-money");
    expect(c.stated).toBe("5200000");
  });
});
