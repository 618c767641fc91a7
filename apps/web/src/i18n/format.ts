// Dates, numbers, money and country names per language, all through Intl.
import {
  type AmountBounds,
  type ClaimValue,
  type Count,
  type CountReason,
  type CountScope,
  formatDateAfterPreposition,
  formatDateText,
  formatInteger,
  formatMoneyExact,
  formatMoneyProse,
  stateName,
} from "@partnership-atlas/core";
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

/**
 * A State's name in the language: its official short name (Viet Nam, 大韩民国, République de Corée)
 * from core's one table, else Intl's (中国 for CN in Chinese); the code itself when neither has one.
 */
export function countryName(lang: Lang, code: string): string {
  return stateName(lang, code);
}

/** A moment (ISO date-time) written for people, in UTC: "1 December 2026, 08:15 UTC". */
export function formatDateTime(lang: Lang, iso: string): string {
  const f = cached(`dt:${lang}`, () =>
    new Intl.DateTimeFormat(lang === "en" ? "en-GB" : LOCALE[lang], { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }),
  ) as Intl.DateTimeFormat;
  return `${f.format(new Date(iso))} UTC`;
}

/** A date of any precision (`2019-04-27`, `2019-04`, `2019`) written for people: "27 April 2019", "1er décembre 2026". */
export function formatDate(lang: Lang, date: string | null | undefined): string {
  if (!date) return "";
  return formatDateText(lang, date);
}

/** A date after "since", "until", "from": "depuis le 10 juin 2022", "hasta el 9 de junio de 2022", "depuis 1919". */
export function formatDateAfter(lang: Lang, date: string | null | undefined): string {
  if (!date) return "";
  return formatDateAfterPreposition(lang, date);
}

export function formatNumber(lang: Lang, n: number): string {
  return formatInteger(lang, n);
}

/**
 * An exact decimal amount in its currency. Intl formats decimal strings without going
 * through binary floating point.
 */
export function formatMoney(lang: Lang, amount: string, currency: string): string {
  // A table cell of bounds holds "low–high": each side is an amount of its own.
  const range = /^(-?[\d.]+)–(-?[\d.]+)$/.exec(amount);
  if (range) return `${formatMoneyExact(lang, range[1] ?? "", currency)}–${formatMoneyExact(lang, range[2] ?? "", currency)}`;
  return formatMoneyExact(lang, amount, currency);
}

/** An amount in prose and headlines: "US$11.2 million", "1120万美元" (tables keep the exact amount). */
export function formatMoneyInProse(lang: Lang, amount: string, currency: string): string {
  return formatMoneyProse(lang, amount, currency);
}

/** Bounds in prose: one rounded figure when exact, "US$5.1 million – US$5.2 million" otherwise. */
export function formatAmountBoundsProse(lang: Lang, a: AmountBounds, currency: string): string {
  const low = formatMoneyProse(lang, a.low, currency);
  if (a.certainty === "exact") return low;
  const high = formatMoneyProse(lang, a.high, currency);
  return low === high ? low : `${low} – ${high}`;
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
      return t(r.what === "registration" ? "whyRegistrationOpen" : r.what === "entry-into-force" ? "whyEntryIntoForceOpen" : "whyStatusOpen", {
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
 * way the site writes it. Tables write the exact amount (US$5,200,000.00); notices and other
 * prose round it (US$5.2 million).
 */
export function formatClaimValue(lang: Lang, v: ClaimValue | null, style: "table" | "prose" = "table"): string {
  const t = translator(lang);
  if (v === null) return t("unknown");
  switch (v.kind) {
    case "yes-no":
      return v.value ? t("yes") : t("no");
    case "count":
      return formatCount(lang, v.count);
    case "money":
      return style === "prose" ? formatAmountBoundsProse(lang, v.amount, v.currency) : formatAmountBounds(lang, v.amount, v.currency);
    case "amount": {
      const n = (x: string) => (Number.isFinite(Number(x)) ? formatNumber(lang, Number(x)) : x);
      return v.amount.certainty === "exact" ? n(v.amount.low) : `${n(v.amount.low)}–${n(v.amount.high)}`;
    }
  }
}

/** A value the reader typed, quoted as their language quotes: “x”, « x », «x», “x”. */
export function quoted(lang: Lang, value: string): string {
  const v = value.slice(0, 60);
  if (lang === "fr") return `«\u202f${v}\u202f»`;
  if (lang === "es") return `«${v}»`;
  return `“${v}”`;
}
