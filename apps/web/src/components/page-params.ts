// Reading a page's language and its as-of date, the same way on every page.
import "server-only";
import type { IsoDate } from "@partnership-atlas/core";
import { notFound } from "next/navigation";
import { Lang } from "@/i18n/languages";
import { quoted } from "@/i18n/format";
import { translator } from "@/i18n/messages";
import { AsOfParam, one, parseParam, RecordedOnParam, type SearchParams } from "@/lib/params";
import { onRecords, RecordedOnError, type RecordsInfo } from "@/server/recorded";
import { today } from "@/server/atlas";

/** Why an `asOf` cannot be read, in the reader's words: a day the calendar lacks, or how to write a date. */
export function asOfReason(t: ReturnType<typeof translator>, raw: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? t("badAsOfNoSuchDay") : t("badAsOfReason");
}

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
  // The reader is told how to write a date in their language (the schema's own message is for developers).
  const t = translator(lang);
  return { asOf: today(), explicit: false, error: t("badAsOf", { value: quoted(lang, raw), message: asOfReason(t, raw) }) };
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

/**
 * Runs `read` on the records `?recordedOn=` names (the latest when absent). A value that cannot
 * be read, or that the history cannot reach, gives the latest records and a message to show.
 */
export async function onPageRecords<T>(lang: Lang, sp: SearchParams, read: () => Promise<T>): Promise<{ value: T; records: RecordsInfo; error: string | null }> {
  const raw = one(sp.recordedOn);
  const r = parseParam("recordedOn", RecordedOnParam, raw);
  const t = translator(lang);
  const bad = (message: string) => t("recordedOnBad", { value: quoted(lang, raw ?? ""), message });
  if (!r.ok) return { ...(await onRecords(undefined, async (records) => ({ value: await read(), records }))), error: bad(t("recordedOnReason")) };
  try {
    return { ...(await onRecords(r.value, async (records) => ({ value: await read(), records }))), error: null };
  } catch (error) {
    if (!(error instanceof RecordedOnError)) throw error;
    return { ...(await onRecords(undefined, async (records) => ({ value: await read(), records }))), error: bad(t("recordedOnUnreachable")) };
  }
}
