// Exact decimal money. Amounts are decimal strings; sums are done on scaled BigInts, never floats.
import { z } from "zod";
import { ISO_4217_CODES } from "./currencies.js";

/** A non-negative decimal written with digits and at most one point: `5200000`, `1000000.50`. */
export const DecimalString = z
  .string({ error: "must be a decimal number written as a string, such as \"5200000.00\"" })
  .regex(/^\d{1,15}(\.\d{1,6})?$/, {
    error: (issue) =>
      /^-/.test(String(issue.input))
        ? "must not be negative"
        : "must be a decimal number written as a string with digits and at most one point, such as \"5200000.00\"",
  })
  .brand<"DecimalString">();
export type DecimalString = z.infer<typeof DecimalString>;

/** An ISO 4217 alphabetic currency code (`USD`, `CNY`, `CHF`). */
export const CurrencyCode = z
  .string()
  .refine((c) => ISO_4217_CODES.has(c), {
    error: (issue) => `${JSON.stringify(issue.input)} is not an ISO 4217 currency code; use one such as USD, CNY or CHF`,
  })
  .brand<"CurrencyCode">();
export type CurrencyCode = z.infer<typeof CurrencyCode>;

export const Money = z.object({
  amount: DecimalString,
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

interface Scaled {
  units: bigint;
  scale: number;
}

function toScaled(value: string): Scaled {
  const [whole, frac = ""] = value.split(".");
  return { units: BigInt(`${whole}${frac}`), scale: frac.length };
}

function rescale(v: Scaled, scale: number): bigint {
  return v.units * 10n ** BigInt(scale - v.scale);
}

function fromScaled(units: bigint, scale: number): DecimalString {
  const neg = units < 0n;
  const digits = (neg ? -units : units).toString().padStart(scale + 1, "0");
  const whole = scale === 0 ? digits : digits.slice(0, -scale);
  const frac = scale === 0 ? "" : digits.slice(-scale);
  return `${neg ? "-" : ""}${whole}${frac ? `.${frac}` : ""}` as DecimalString;
}

/** Exact sum of decimal strings; the result keeps the largest number of decimals given. */
export function sumDecimals(values: readonly string[]): DecimalString {
  const scaled = values.map(toScaled);
  const scale = Math.max(0, ...scaled.map((s) => s.scale));
  let total = 0n;
  for (const s of scaled) total += rescale(s, scale);
  return fromScaled(total, scale);
}

/** Compares two decimal strings exactly: -1, 0 or 1. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const sa = toScaled(a);
  const sb = toScaled(b);
  const scale = Math.max(sa.scale, sb.scale);
  const x = rescale(sa, scale);
  const y = rescale(sb, scale);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Exact `part / whole * 100`, rounded half-up to `decimals` places, as a decimal string. */
export function percentOf(part: string, whole: string, decimals = 1): DecimalString {
  const p = toScaled(part);
  const w = toScaled(whole);
  const scale = Math.max(p.scale, w.scale);
  const num = rescale(p, scale) * 100n * 10n ** BigInt(decimals);
  const den = rescale(w, scale);
  if (den === 0n) return fromScaled(0n, decimals);
  const q = (num * 2n + den) / (2n * den);
  return fromScaled(q, decimals);
}

/** Removes trailing zeros after the point: `5200000.00` → `5200000`. */
export function normaliseDecimal(value: string): DecimalString {
  if (!value.includes(".")) return value as DecimalString;
  return value.replace(/\.?0+$/, "") as DecimalString;
}

/** Sum of several amounts, grouped by currency (amounts in different currencies are never added). */
export function sumByCurrency(amounts: readonly Money[]): Money[] {
  const by = new Map<string, string[]>();
  for (const m of amounts) {
    const list = by.get(m.currency) ?? [];
    list.push(m.amount);
    by.set(m.currency, list);
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, list]) => ({ amount: sumDecimals(list), currency: currency as CurrencyCode }));
}
