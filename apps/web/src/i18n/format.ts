// Dates, numbers, money and country names per language, all through Intl.
import type { AmountBounds, ClaimValue, Count, CountReason, CountScope } from "@partnership-atlas/core";
import { type Lang, LOCALE } from "./languages";
import { translator } from "./messages";

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

/** A moment (ISO date-time) written for people, in UTC: "1 December 2026, 08:15 UTC". */
export function formatDateTime(lang: Lang, iso: string): string {
  const f = cached(`dt:${lang}`, () =>
    new Intl.DateTimeFormat(LOCALE[lang], { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }),
  ) as Intl.DateTimeFormat;
  return `${f.format(new Date(iso))} UTC`;
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
  // Intl.NumberFormat accepts a decimal string and keeps its precision (ECMA-402 2023), but
  // TypeScript's lib still types format() as number | bigint; a Number would lose digits.
  return f.format(amount as unknown as number);
}

/** The one way the site writes a period of years: `2018–2022`, `2019`, or `2016–` while it is open. */
export function formatPeriod(from: number, to?: number | null): string {
  if (to === undefined || to === null) return `${from}–`;
  return from === to ? String(from) : `${from}–${to}`;
}

/** A count with its certainty: `8`, `6–7`, `at least 12`. The one place the site writes a Count. */
export function formatCount(lang: Lang, c: Count): string {
  switch (c.certainty) {
    case "exact":
      return formatNumber(lang, c.low);
    case "range":
      return `${formatNumber(lang, c.low)}–${formatNumber(lang, c.high ?? c.low)}`;
    case "at-least":
      return translator(lang)("atLeast", { n: formatNumber(lang, c.low) });
  }
}

/** An amount the records bound, in its currency: one figure when exact, `low–high` otherwise. */
/** An amount in a narrow cell: `US$43M`, `4300万美元`. Display only; sums are never made from it. */
export function formatMoneyCompact(lang: Lang, amount: string, currency: string): string {
  const f = cached(
    `mc:${lang}:${currency}`,
    () => new Intl.NumberFormat(LOCALE[lang], { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }),
  ) as Intl.NumberFormat;
  // A rounded display of one amount (a decimal string keeps its digits and would print "43.0M").
  return f.format(Number(amount));
}

/** Bounds in a narrow cell: `US$43M–70M` as `US$43M – US$70M`. */
export function formatAmountBoundsCompact(lang: Lang, a: AmountBounds, currency: string): string {
  const low = formatMoneyCompact(lang, a.low, currency);
  return a.certainty === "exact" ? low : `${low} – ${formatMoneyCompact(lang, a.high, currency)}`;
}

export function formatAmountBounds(lang: Lang, a: AmountBounds, currency: string): string {
  const low = formatMoney(lang, a.low, currency);
  return a.certainty === "exact" ? low : `${low}–${formatMoney(lang, a.high, currency)}`;
}

/** How a count's scope is named in a sentence: "governance Conventions of Japan", "C105". */
function scopeText(lang: Lang, scope: CountScope, withState: boolean): string {
  const t = translator(lang);
  const state = withState && scope.state ? countryName(lang, scope.state) : null;
  if (scope.instrument) return state ? t("scopeInstrumentState", { instrument: scope.instrument, state }) : scope.instrument;
  if (scope.category) {
    const category = t(`conventions:${scope.category}`);
    return state ? t("scopeCategoryState", { category, state }) : category;
  }
  return state ? t("scopeAllState", { state }) : t("scopeAll");
}

/**
 * Why a count is not exact, in a sentence. `withState` false leaves the State out of the scope,
 * for a table of every State where the same reason holds on many rows.
 */
export function countReasonText(lang: Lang, r: CountReason, withState = true): string {
  const t = translator(lang);
  switch (r.kind) {
    case "date-open":
      return t(r.what === "registration" ? "whyRegistrationOpen" : "whyStatusOpen", {
        state: countryName(lang, r.state),
        instrument: r.instrument,
        date: formatDate(lang, r.date),
        from: formatDate(lang, r.from),
        to: formatDate(lang, r.to),
      });
    case "not-covered":
      return t("whyNotCovered", { scope: scopeText(lang, r.scope, withState) });
    case "after-coverage":
      return t("whyAfterCoverage", { scope: scopeText(lang, r.scope, withState), date: formatDate(lang, r.completeAsOf) });
  }
}

/** The distinct sentences saying why a count is not exact (none when it is). */
export function countWhy(lang: Lang, c: Count, withState = true): string[] {
  return [...new Set(c.reasons.map((r) => countReasonText(lang, r, withState)))];
}

/**
 * A claim's value as core types it (what the source states, or what the records give): the one
 * way the site writes it, so the claims table and the notices read alike (US$5,200,000.00).
 */
export function formatClaimValue(lang: Lang, v: ClaimValue | null): string {
  const t = translator(lang);
  if (v === null) return t("unknown");
  switch (v.kind) {
    case "yes-no":
      return v.value ? t("yes") : t("no");
    case "count":
      return formatCount(lang, v.count);
    case "money":
      return formatAmountBounds(lang, v.amount, v.currency);
    case "amount":
      return v.amount.certainty === "exact" ? v.amount.low : `${v.amount.low}–${v.amount.high}`;
  }
}
