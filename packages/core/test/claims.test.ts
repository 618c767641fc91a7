// Claim outcomes beyond holds/drifted: inconsistent with the page's own parts, the day a
// drifted claim last held, money by kind (assessed vs voluntary) in the original currency.
import { describe, expect, it } from "vitest";
import {
  CHANNELS,
  checkClaims,
  contributionSummary,
  exactCount,
  IsoDate,
  kindOfChannel,
  PartnerId,
  partnerProfile,
  validateDataset,
} from "../src/index.js";
import { sampleDatasetInput } from "../src/sample.js";

const d = (s: string) => IsoDate.parse(s);
const cn = PartnerId.parse("cn");
const src = [{ source: "c10" }];

/** The sample's records as plain values, for tests to change (validateDataset parses them). */
type Input = Omit<ReturnType<typeof sampleDatasetInput>, "claims" | "contributions"> & { claims: Record<string, unknown>[]; contributions: Record<string, unknown>[] };
const money = (id: string, amount: string, channel: string, from: number, to: number) => ({
  id,
  partner: "cn",
  period: { from, to },
  money: { amount, currency: "USD" },
  approximate: false,
  channel,
  recipient: "ILO",
  evidence: "verified",
  sources: src,
});
const claim = (id: string, stated: string, params: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id,
  partner: "cn",
  text: `US$ ${stated}`,
  metric: "contributions.total",
  params: { currency: "USD", ...params },
  stated,
  statedFor: "2023-01-01",
  evidence: "verified",
  sources: src,
  ...extra,
});

function withMoney(): Input {
  const input: Input = sampleDatasetInput();
  input.contributions = [money("a-2018-2022", "41800000", "assessed", 2018, 2022), money("v-2018-2022", "21200000", "voluntary-non-core", 2018, 2022)];
  input.claims = [
    claim("assessed", "41800000", { fromYear: 2018, toYear: 2022, contributionKind: "assessed" }),
    claim("voluntary", "21200000", { fromYear: 2018, toYear: 2022, contributionKind: "voluntary" }),
    claim("total", "63100000", { fromYear: 2018, toYear: 2022 }, { parts: ["assessed", "voluntary"] }),
    claim("in-2018", "29900000", { fromYear: 2018, toYear: 2018, contributionKind: "assessed" }, { within: "assessed" }),
    claim("year-too-big", "50000000", { fromYear: 2019, toYear: 2019, contributionKind: "assessed" }, { within: "assessed" }),
  ];
  return input;
}

function valid(input: Input) {
  const r = validateDataset(input);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.at}: ${p.message}`).join("\n"));
  return r.dataset;
}

describe("claims inconsistent with their own page", () => {
  const ds = valid(withMoney());
  const checks = checkClaims(ds, d("2026-11-29"));
  const byId = (id: string) => checks.find((c) => c.id === id)!;

  it("reports a stated total that is not the sum of the parts it names, with the sum and the gap", () => {
    expect(byId("total")).toMatchObject({
      status: "inconsistent",
      inconsistency: { kind: "not-sum-of-parts", parts: ["assessed", "voluntary"], sum: "63000000", difference: "100000" },
    });
  });

  it("reports a figure for one year larger than its period's stated total", () => {
    expect(byId("year-too-big")).toMatchObject({ status: "inconsistent", inconsistency: { kind: "exceeds-period-total", within: "assessed", limit: "41800000" } });
  });

  it("leaves a yearly figure within its period's total to the records: a five-year record cannot decide one year", () => {
    expect(byId("in-2018")).toMatchObject({ status: "undecided", inconsistency: null, onAsOf: { low: "0", high: "41800000", certainty: "range" } });
  });

  it("checks assessed and voluntary money each against its own records, in the original currency", () => {
    expect(byId("assessed")).toMatchObject({ status: "holds", onAsOf: { low: "41800000", high: "41800000", certainty: "exact" } });
    expect(byId("voluntary")).toMatchObject({ status: "holds", onAsOf: { low: "21200000", high: "21200000" } });
  });

  it("a total that matches its parts is not inconsistent", () => {
    const input = withMoney();
    input.claims = input.claims.map((c) => (c.id === "total" ? { ...c, stated: "63000000" } : c));
    const check = checkClaims(valid(input), d("2026-11-29")).find((c) => c.id === "total")!;
    // Assessed and voluntary money never count the same dollars: their sum is exact.
    expect(check).toMatchObject({ status: "holds", inconsistency: null, onAsOf: { low: "63000000", high: "63000000" } });
  });

  it("validation names a part that does not exist", () => {
    const input = withMoney();
    input.claims = input.claims.map((c) => (c.id === "total" ? { ...c, parts: ["assessed", "nowhere"] } : c));
    const r = validateDataset(input);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.at, p.code])).toContainEqual(["claims[2].parts[1]", "dangling-reference"]);
  });
});

describe("money by kind", () => {
  it("every channel has a kind; the CRS codes are those the ILO reports under", () => {
    expect(CHANNELS.assessed.crsChannel).toBe("41302");
    expect(CHANNELS.rbsa.crsChannel).toBe("41144");
    expect(CHANNELS["voluntary-non-core"].crsChannel).toBe("41701");
    expect(kindOfChannel("direct-trust-fund")).toBe("voluntary");
    expect(kindOfChannel("south-south-trust-fund")).toBe("voluntary");
  });

  it("the profile's headline keeps assessed money out of the contributions figure", () => {
    const ds = valid(withMoney());
    const p = partnerProfile(ds, cn, d("2026-11-29"))!;
    expect(p.headline.contributionsUsd).toEqual({ low: "21200000", high: "21200000", certainty: "exact" });
    expect(p.headline.assessedUsd).toEqual({ low: "41800000", high: "41800000", certainty: "exact" });
    const s = contributionSummary(ds, cn, { fromYear: 2018, toYear: 2022 });
    expect(s.overlaps).toEqual([]);
  });
});

describe("the day a claim last held", () => {
  it("a drifted count gives the last day the records decided the stated value", () => {
    const ds = valid(sampleDatasetInput());
    // The sample's 6 Conventions become 7 when C029 is registered on 2022-08-12.
    const total = checkClaims(ds, d("2026-11-29")).find((c) => c.id === "cn-page-total")!;
    expect(total).toMatchObject({ status: "drifted", onAsOf: exactCount(7), lastHeld: "2022-08-11" });
    // Fundamental 2 became 3 when C155 was reclassified on 2022-06-10.
    expect(checkClaims(ds, d("2026-11-29")).find((c) => c.id === "cn-page-fundamental")).toMatchObject({ status: "drifted", lastHeld: "2022-06-09" });
  });

  it("a claim that holds carries no last-held day", () => {
    const ds = valid(sampleDatasetInput());
    expect(checkClaims(ds, d("2022-06-01")).find((c) => c.id === "cn-page-total")).toMatchObject({ status: "holds", lastHeld: null });
  });
});
