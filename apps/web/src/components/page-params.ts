// Reading a page's language and its as-of date, the same way on every page.
import "server-only";
import type { IsoDate } from "@partnership-atlas/core";
import { notFound } from "next/navigation";
import { Lang } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { AsOfParam, one, parseParam, type SearchParams } from "@/lib/params";
import { today } from "@/server/atlas";

export function pageLang(raw: string): Lang {
  const r = Lang.safeParse(raw);
  if (!r.success) notFound();
  return r.data;
}

/** The as-of date from `?asOf=`, or today; a bad value gives today and a message to show. */
export function pageAsOf(lang: Lang, sp: SearchParams): { asOf: IsoDate; explicit: boolean; error: string | null } {
  const raw = one(sp.asOf);
  if (raw === undefined) return { asOf: today(), explicit: false, error: null };
  const r = parseParam("asOf", AsOfParam, raw);
  if (r.ok && r.value) return { asOf: r.value, explicit: true, error: null };
  const message = r.ok ? "" : r.issue.message;
  return { asOf: today(), explicit: false, error: translator(lang)("badAsOf", { value: JSON.stringify(raw), message }) };
}

/** A page's address without the language prefix, with its query (`/partners/cn?asOf=2022-06-01`), for the language switcher. */
export function pagePath(path: string, sp: SearchParams = {}): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(sp)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) q.append(key, v);
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
