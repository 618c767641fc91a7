import { AmountBounds, type Count, CountReason, countOf, exactCount } from "@partnership-atlas/core";
import { describe, expect, it } from "vitest";
import { explainCounts, formatClaimValue, formatCount, formatPartialDate, formatPeriod, formatReason } from "./format.js";

const open = CountReason.parse({
  kind: "date-open",
  state: "JP",
  instrument: "C105",
  what: "registration",
  date: "2022",
  from: "2022-01-01",
  to: "2022-06-04",
});
const uncovered = CountReason.parse({ kind: "not-covered", scope: { state: "JP", instrument: null, category: "governance" } });

describe("certainty in plain text", () => {
  it("prints a count as exact, a range or a lower bound", () => {
    expect(formatCount(exactCount(8))).toBe("8");
    expect(formatCount(countOf(6, 7, [open]))).toBe("6–7");
    expect(formatCount(countOf(12, null, [uncovered]))).toBe("at least 12");
  });

  it("prints a date at the precision it is known to", () => {
    expect(formatPartialDate("2019")).toBe("2019");
    expect(formatPartialDate("2019-05")).toBe("May 2019");
    expect(formatPartialDate("2022-08-12")).toBe("12 Aug 2022");
  });

  it("writes a period one way: a single year, a span, or open-ended", () => {
    expect(formatPeriod({ from: 2019, to: 2019 })).toBe("2019");
    expect(formatPeriod({ from: 2016, to: 2020 })).toBe("2016–2020");
    expect(formatPeriod({ from: 2016 })).toBe("2016–");
  });

  it("says why a count is open: the open date with its bounds, or the scope no coverage record covers", () => {
    expect(formatReason(open)).toBe("C105 registered 2022-01-01…2022-06-04 (known as 2022)");
    expect(formatReason(uncovered)).toBe("no coverage record for JP's governance Conventions");
  });

  it("explains each reason once, naming every count it applies to, and nothing for exact counts", () => {
    const fundamental: Count = countOf(6, 7, [open]);
    const total: Count = countOf(9, null, [open, uncovered]);
    expect(explainCounts([["ratified", total], ["fundamental", fundamental], ["governance", exactCount(1)], ["technical", null]])).toEqual([
      "ratified, fundamental: C105 registered 2022-01-01…2022-06-04 (known as 2022)",
      "ratified: no coverage record for JP's governance Conventions",
    ]);
    expect(explainCounts([["fundamental", exactCount(8)]])).toEqual([]);
  });
});

describe("formatClaimValue", () => {
  it("writes a stated amount and the records' amount alike, with the currency", () => {
    const exact = AmountBounds.parse({ low: "5200000", high: "5200000", certainty: "exact" });
    expect(formatClaimValue({ kind: "money", currency: "USD", amount: exact })).toBe("USD 5,200,000");
    const range = AmountBounds.parse({ low: "1000", high: "2500", certainty: "range" });
    expect(formatClaimValue({ kind: "amount", amount: range })).toBe("1,000–2,500");
    expect(formatClaimValue({ kind: "yes-no", value: true })).toBe("yes");
    expect(formatClaimValue(null)).toBe("nothing");
  });
});
