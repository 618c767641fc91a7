// Counts of known certainty: year-only dates bounded by their source, coverage, derived entry
// into force, conflicting sources, money without double counting, and claims that cannot be decided.
import { describe, expect, it } from "vitest";
import {
  addCounts,
  checkClaims,
  contributionSummary,
  countBounds,
  countIncludes,
  countOf,
  CountryCode,
  exactCount,
  InstrumentCode,
  instrumentRatifications,
  IsoDate,
  isExact,
  PartnerId,
  partnerProfile,
  ratificationSummary,
  registrationWindow,
  validateDataset,
} from "../src/index.js";
import { sampleDatasetInput } from "../src/sample.js";

const d = (s: string) => IsoDate.parse(s);
const KH = CountryCode.parse("KH");
// biome-ignore lint/suspicious/noExplicitAny: tests reshape the plain JSON input freely
type Loose = any;

/** The sample with Cambodia's C138 known only as "2026", from a table (s19) complete for all States' fundamental instruments as of 2026-06-04. */
function withYearOnly(): Loose {
  const input = sampleDatasetInput() as Loose;
  input.ratifications.push({ state: "KH", instrument: "C138", registeredOn: "2026", history: [], evidence: "secondary", sources: [{ source: "s19" }] });
  input.coverage.push({
    id: "all-fundamental",
    scope: { states: { kind: "all-members" }, instruments: { kind: "category", category: "fundamental" } },
    completeAsOf: "2026-06-04",
    evidence: "secondary",
    sources: [{ source: "s19" }],
  });
  return input;
}

function valid(input: unknown) {
  const r = validateDataset(input);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.at}: ${p.message}`).join("\n"));
  return r;
}

describe("Count helpers", () => {
  it("tell exact, range and at-least apart and add them", () => {
    expect(isExact(exactCount(3))).toBe(true);
    expect(countOf(6, 7).certainty).toBe("range");
    expect(countOf(6, null).certainty).toBe("at-least");
    expect(countBounds(countOf(6, null))).toEqual({ low: 6, high: null });
    expect(countIncludes(countOf(6, 7), 7)).toBe(true);
    expect(countIncludes(countOf(6, 7), 8)).toBe(false);
    expect(countIncludes(countOf(6, null), 60)).toBe(true);
    expect(addCounts(exactCount(2), countOf(1, 2)).high).toBe(4);
    expect(addCounts(exactCount(2), countOf(1, null))).toMatchObject({ low: 3, high: null, certainty: "at-least" });
  });
});

describe("a year-only registration", () => {
  const ds = valid(withYearOnly()).dataset;
  const r = ds.ratifications.find((x) => x.state === "KH" && x.instrument === "C138")!;

  it("is bounded by the coverage that shares its source: 2026 lies in 2026-01-01…2026-06-04", () => {
    expect(registrationWindow(ds, r)).toEqual({ from: "2026-01-01", to: "2026-06-04" });
  });

  it("is a range on a day inside its year and exact once its bounds have passed", () => {
    expect(ratificationSummary(ds, KH, d("2025-12-31")).byCategory.fundamental).toEqual(exactCount(0));
    const open = ratificationSummary(ds, KH, d("2026-03-01")).byCategory.fundamental;
    expect(open).toMatchObject({ low: 0, high: 1, certainty: "range" });
    expect(open.reasons[0]).toMatchObject({ kind: "date-open", what: "registration", from: "2026-01-01", to: "2026-06-04" });
    expect(ratificationSummary(ds, KH, d("2026-06-04")).byCategory.fundamental).toEqual(exactCount(1));
  });

  it("is counted 'at least' after the coverage's day, and for scopes no coverage speaks for", () => {
    const later = ratificationSummary(ds, KH, d("2026-11-29"));
    expect(later.byCategory.fundamental).toMatchObject({ low: 1, high: null, certainty: "at-least" });
    expect(later.byCategory.fundamental.reasons).toContainEqual(expect.objectContaining({ kind: "after-coverage", completeAsOf: "2026-06-04" }));
    expect(later.byCategory.technical.reasons).toEqual([{ kind: "not-covered", scope: { state: "KH", instrument: null, category: "technical" } }]);
  });

  it("enters into force twelve months after registration, marked derived, and open while that date is", () => {
    const s = ratificationSummary(ds, KH, d("2027-03-01"));
    expect(s.rows[0]).toMatchObject({ registered: "yes", statusDerived: true, possibleStatuses: ["not-in-force", "in-force"] });
    const after = ratificationSummary(ds, KH, d("2027-06-04"));
    expect(after.rows[0]).toMatchObject({ status: "in-force", statusDerived: true, statusFrom: "2027-01-01" });
  });

  it("is listed for its instrument with its precision", () => {
    const who = instrumentRatifications(ds, InstrumentCode.parse("C138"), d("2026-03-01"));
    expect(who.count).toMatchObject({ low: 1, high: 2, certainty: "range" });
    expect(who.rows.map((x) => [x.state, x.registeredOn, x.registered])).toEqual([
      ["CN", "1999-04-28", "yes"],
      ["KH", "2026", "open"],
    ]);
  });
});

describe("sources that disagree", () => {
  it("a full date contradicting a year-only row is a warning that names both sources, not a silent pick", () => {
    const input = sampleDatasetInput() as Loose;
    input.ratifications[2].reportedDates = [{ date: "2000", source: "s19", locator: "China, C138: 2000" }];
    const r = validateDataset(input);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      expect.objectContaining({ at: "ratifications[2].reportedDates[0]", code: "conflicting-sources" }),
    ]);
    expect(r.warnings[0]!.message).toMatch(/1999-04-28 \(c10\) disagrees with 2000 \(s19\)/);
  });
  it("an agreeing year is no warning", () => {
    const input = sampleDatasetInput() as Loose;
    input.ratifications[2].reportedDates = [{ date: "1999", source: "s19" }];
    expect(validateDataset(input).warnings).toEqual([]);
  });
});

describe("money shown once", () => {
  it("does not add overlapping periods: the low figure counts none twice and the overlap is named", () => {
    const input = sampleDatasetInput() as Loose;
    input.contributions.push({
      id: "cn-voluntary-2020-2023", partner: "cn", period: { from: 2020, to: 2023 }, money: { amount: "5000000", currency: "USD" },
      approximate: false, channel: "voluntary-non-core", recipient: "ILO", evidence: "secondary", sources: [{ source: "s19" }],
    });
    const ds = valid(input).dataset;
    const s = contributionSummary(ds, PartnerId.parse("cn"), { fromYear: 2018, toYear: 2023 });
    expect(s.usd).toEqual({ low: "6200000.10", high: "11200000.10", certainty: "range", complete: true });
    expect(s.overlaps).toEqual([
      ["cn-voluntary-2018-2022", "cn-voluntary-2020-2023"],
      ["cn-voluntary-2020-2023", "cn-prossce-2023"],
    ]);
    expect(partnerProfile(ds, PartnerId.parse("cn"), d("2026-11-29"))!.headline.contributionsUsd).toEqual({
      low: "6200000.10",
      high: "11200000.10",
      certainty: "range",
    });
  });
});

describe("claims on counts that are not exact", () => {
  it("hold only when the count is exact and equal; a range that includes the stated value cannot be decided", () => {
    const input = withYearOnly();
    input.partners.push({
      id: "kh", kind: "member-state", state: "KH", name: "Cambodia", summary: "A member State.", themes: [], sections: [], evidence: "verified", sources: [{ source: "c10" }],
    });
    input.claims.push({ id: "kh-fundamental", partner: "kh", text: "one fundamental", metric: "ratifications.fundamental", stated: 1, statedFor: "2026-06-04", evidence: "secondary", sources: [{ source: "s19" }] });
    const ds = valid(input).dataset;
    const on = (day: string) => checkClaims(ds, d(day), PartnerId.parse("kh"))[0]!;
    expect(on("2026-06-04").status).toBe("holds");
    expect(on("2026-03-01").status).toBe("undecided");
    expect(on("2025-06-01").status).toBe("drifted");
  });
});

describe("a profile for every member State", () => {
  it("answers for a State without a Partner record, with no curated sections", () => {
    const ds = valid(withYearOnly()).dataset;
    const p = partnerProfile(ds, PartnerId.parse("kh"), d("2026-06-04"))!;
    expect(p).toMatchObject({ curated: false, partner: { id: "kh", kind: "member-state", state: "KH", name: "Cambodia" } });
    expect(p.headline.fundamental).toEqual(exactCount(1));
    expect([p.agreements, p.projects, p.claims, p.partner.sections]).toEqual([[], [], [], []]);
    expect(partnerProfile(ds, PartnerId.parse("cn"), d("2026-06-04"))!.curated).toBe(true);
  });
});
