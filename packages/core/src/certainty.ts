// Counts that say how sure they are: exact, a range when a date's precision leaves a record
// open on the chosen day, or "at least" when the records are not complete for the scope.
import { z } from "zod";
import { IsoDate, PartialDate } from "./dates.js";
import { CountryCode, CoverageId, InstrumentCode } from "./ids.js";
import { DecimalString } from "./money.js";
import { InstrumentCategory } from "./records.js";

/** What a count's scope is about, for a reason: one State and/or one instrument or category. */
export const CountScope = z.strictObject({
  /** The State the count is about; null for a count over every State. */
  state: CountryCode.nullable(),
  /** The instrument the count is about, when it is about one. */
  instrument: InstrumentCode.nullable(),
  /** The category the count is about; null for one instrument or for all instruments. */
  category: InstrumentCategory.nullable(),
});
export type CountScope = z.infer<typeof CountScope>;

/**
 * Why a count is not exact, as data an app can translate:
 * - `date-open`: a record's date (known to the year or month) may fall either side of the day;
 * - `not-covered`: no coverage record says the records are complete for this scope;
 * - `after-coverage`: the records are complete only up to `completeAsOf`, before the day.
 */
export const CountReason = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("date-open"),
    state: CountryCode,
    instrument: InstrumentCode,
    /** Which date is open: the registration, or a status change (entry into force, denunciation). */
    what: z.enum(["registration", "entry-into-force", "status"]),
    date: PartialDate,
    /** The span the date may mean, bounded by its source. */
    from: IsoDate,
    to: IsoDate,
  }),
  z.strictObject({ kind: z.literal("not-covered"), scope: CountScope }),
  z.strictObject({
    kind: z.literal("after-coverage"),
    scope: CountScope,
    coverage: CoverageId,
    completeAsOf: IsoDate,
  }),
]);
export type CountReason = z.infer<typeof CountReason>;

export const Certainty = z.enum(["exact", "range", "at-least"]);
export type Certainty = z.infer<typeof Certainty>;

/**
 * A count with its bounds: `low` is certain; `high` is the most it can be (null: no upper bound
 * known, "at least"). `reasons` say why it is not exact; empty when it is.
 */
export const Count = z.strictObject({
  low: z.int().min(0),
  high: z.int().min(0).nullable(),
  certainty: Certainty,
  reasons: z.array(CountReason),
});
export type Count = z.infer<typeof Count>;

/**
 * An amount the records support without counting the same money twice: `low` adds only
 * contributions whose periods do not overlap (the largest such total), `high` adds every one.
 * Exact when nothing overlaps.
 */
export const AmountBounds = z.strictObject({
  low: DecimalString,
  high: DecimalString,
  certainty: z.enum(["exact", "range"]),
});
export type AmountBounds = z.infer<typeof AmountBounds>;

/** An exact count. */
export function exactCount(n: number): Count {
  return { low: n, high: n, certainty: "exact", reasons: [] };
}

/** Builds a count from its bounds; `high` null means at least `low`. */
export function countOf(low: number, high: number | null, reasons: CountReason[] = []): Count {
  const certainty: Certainty = high === null ? "at-least" : high === low ? "exact" : "range";
  return { low, high, certainty, reasons: certainty === "exact" ? [] : reasons };
}

/** True when the records decide the count. */
export function isExact(c: Count): boolean {
  return c.certainty === "exact";
}

/** The bounds of a count, `high` null for "at least". */
export function countBounds(c: Count): { low: number; high: number | null } {
  return { low: c.low, high: c.high };
}

/** Whether the count may equal `n` (it lies within the bounds). */
export function countIncludes(c: Count, n: number): boolean {
  return n >= c.low && (c.high === null || n <= c.high);
}

/** The sum of counts; "at least" if any part is, with every part's reasons. */
export function addCounts(...counts: Count[]): Count {
  let low = 0;
  let high: number | null = 0;
  const reasons: CountReason[] = [];
  for (const c of counts) {
    low += c.low;
    high = high === null || c.high === null ? null : high + c.high;
    reasons.push(...c.reasons);
  }
  return countOf(low, high, reasons);
}

/**
 * Accumulates a count record by record: `certain` adds to both bounds, `possible` only to the
 * upper one (with the reason). `close` applies what is known about completeness: without
 * coverage the count becomes "at least", unless it already reached `cap` (nothing more is possible).
 */
export class CountTally {
  low = 0;
  high = 0;
  reasons: CountReason[] = [];
  certain(): void {
    this.low += 1;
    this.high += 1;
  }
  possible(reason: CountReason): void {
    this.high += 1;
    this.reasons.push(reason);
  }
  close(incomplete: CountReason | null, cap: number | null = null): Count {
    if (incomplete && !(cap !== null && this.low >= cap)) {
      return countOf(this.low, null, [...this.reasons, incomplete]);
    }
    return countOf(this.low, this.high, this.reasons);
  }
}
