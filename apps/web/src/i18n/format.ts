// Dates, numbers, money and country names per language, all through Intl.
import { type Lang, LOCALE } from "./languages";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** A country's name in the language (中国 for CN in Chinese); the code itself when Intl has none. */
export function countryName(lang: Lang, code: string): string {
  try {
    const dn = cached(`dn:${lang}`, () => new Intl.DisplayNames([LOCALE[lang]], { type: "region", fallback: "code" }));
    return (dn as Intl.DisplayNames).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A date of any precision (`2019-04-27`, `2019-04`, `2019`) written for people. */
export function formatDate(lang: Lang, date: string | null | undefined): string {
  if (!date) return "";
  const parts = date.split("-").map(Number);
  const [y, m, d] = parts;
  if (y === undefined || Number.isNaN(y)) return date;
  const options: Intl.DateTimeFormatOptions =
    parts.length === 3
      ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
      : parts.length === 2
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", timeZone: "UTC" };
  const f = cached(`d:${lang}:${parts.length}`, () => new Intl.DateTimeFormat(LOCALE[lang], options)) as Intl.DateTimeFormat;
  return f.format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
}

export function formatNumber(lang: Lang, n: number): string {
  return (cached(`n:${lang}`, () => new Intl.NumberFormat(LOCALE[lang])) as Intl.NumberFormat).format(n);
}

/**
 * An exact decimal amount in its currency. Intl formats decimal strings without going
 * through binary floating point.
 */
export function formatMoney(lang: Lang, amount: string, currency: string): string {
  const f = cached(
    `m:${lang}:${currency}`,
    () => new Intl.NumberFormat(LOCALE[lang], { style: "currency", currency, maximumFractionDigits: 2 }),
  ) as Intl.NumberFormat;
  // Intl.NumberFormat accepts a decimal string and keeps its precision.
  return f.format(amount as unknown as number);
}

/** A year range written `2018–2022`, or one year. */
export function formatYears(from: number, to?: number): string {
  if (to === undefined) return `${from}–`;
  return from === to ? String(from) : `${from}–${to}`;
}
