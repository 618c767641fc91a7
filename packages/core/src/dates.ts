// ISO dates as plain strings, checked to be real calendar dates. Core never reads the clock.
import { z } from "zod";

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `value` is `YYYY-MM-DD` and names a day that exists (2022-02-30 does not). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A calendar date `YYYY-MM-DD`. */
export const IsoDate = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .refine(isRealDate, {
    error: (issue) =>
      /^\d{4}-\d{2}-\d{2}$/.test(String(issue.input))
        ? `${String(issue.input)} is not a real calendar date`
        : "must be a date written YYYY-MM-DD",
  })
  .brand<"IsoDate">();
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A date known to the day, the month or only the year: `2019-04-27`, `2019-04` or `2019`.
 * The precision is the number of parts written.
 */
export const PartialDate = z
  .string({ error: "must be a date written YYYY-MM-DD, YYYY-MM or YYYY" })
  .refine(
    (v) => {
      if (/^\d{4}$/.test(v)) return true;
      const m = /^(\d{4})-(\d{2})$/.exec(v);
      if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
      return isRealDate(v);
    },
    {
      error: (issue) =>
        /^\d{4}(-\d{2}){0,2}$/.test(String(issue.input))
          ? `${String(issue.input)} is not a real calendar date`
          : "must be a date written YYYY-MM-DD, YYYY-MM or YYYY",
    },
  )
  .brand<"PartialDate">();
export type PartialDate = z.infer<typeof PartialDate>;

export type DatePrecision = "day" | "month" | "year";

export function precisionOf(date: PartialDate | IsoDate | string): DatePrecision {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

/** The first day a partial date can mean (`2019-04` → `2019-04-01`). */
export function firstDay(date: PartialDate | IsoDate | string): IsoDate {
  if (date.length === 10) return date as IsoDate;
  if (date.length === 7) return `${date}-01` as IsoDate;
  return `${date}-01-01` as IsoDate;
}

/** The last day a partial date can mean (`2019-04` → `2019-04-30`). */
export function lastDay(date: PartialDate | IsoDate | string): IsoDate {
  if (date.length === 10) return date as IsoDate;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    return `${date}-${String(daysInMonth(y, m)).padStart(2, "0")}` as IsoDate;
  }
  return `${date}-12-31` as IsoDate;
}

/**
 * Whether an event dated `date` is known to have happened by `asOf`.
 * A partial date counts only once its whole span has passed: "April 2019" is
 * established on 2019-04-30, not on 2019-04-01. This is the one date rule every
 * figure uses.
 */
export function happenedBy(date: PartialDate | IsoDate | string, asOf: IsoDate | string): boolean {
  return lastDay(date) <= asOf;
}

/** Orders two dates of any precision by their first possible day, then by precision. */
export function compareDates(a: PartialDate | IsoDate | string, b: PartialDate | IsoDate | string): number {
  const fa = firstDay(a);
  const fb = firstDay(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.length - b.length;
}

/** The calendar year of a date of any precision. */
export function yearOf(date: PartialDate | IsoDate | string): number {
  return Number(date.slice(0, 4));
}

/** Adds whole years to a day, keeping 29 February on 28 February in common years. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const y = yearOf(date) + years;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as IsoDate;
}

/** Parses a date a person typed; returns the branded date or a sentence saying what is wrong. */
export function parseIsoDate(value: string): { ok: true; date: IsoDate } | { ok: false; message: string } {
  const r = IsoDate.safeParse(value);
  if (r.success) return { ok: true, date: r.data };
  return { ok: false, message: `${JSON.stringify(value)}: ${r.error.issues[0]?.message ?? "not a date"}` };
}
