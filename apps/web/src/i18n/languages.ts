// The languages of the interface and how a URL names them (a path prefix; English has none).
import { z } from "zod";

export const LANGUAGES = ["en", "zh", "fr", "es"] as const;
export const Lang = z.enum(LANGUAGES);
export type Lang = z.infer<typeof Lang>;
export const DEFAULT_LANG: Lang = "en";

/** BCP 47 tags for Intl and the html lang attribute (Chinese is Simplified). */
export const LOCALE: Record<Lang, string> = { en: "en", zh: "zh-Hans", fr: "fr", es: "es" };

/** Each language's own name, for the language switcher. */
export const ENDONYM: Record<Lang, string> = { en: "English", zh: "中文（简体）", fr: "Français", es: "Español" };

/** The path of a page in a language: `/partners/cn` in English, `/zh/partners/cn` in Chinese. */
export function localePath(lang: Lang, path: string): string {
  const p = path.startsWith("/") ? path : `/${path}`;
  if (lang === DEFAULT_LANG) return p;
  return p === "/" ? `/${lang}` : `/${lang}${p}`;
}

/** Splits a request path into its language and the rest (`/zh/partners/cn` → zh, `/partners/cn`). */
export function splitLangPath(pathname: string): { lang: Lang; rest: string; prefixed: boolean } {
  const m = /^\/(en|zh|fr|es)(?=\/|$)(.*)$/.exec(pathname);
  if (!m) return { lang: DEFAULT_LANG, rest: pathname || "/", prefixed: false };
  return { lang: m[1] as Lang, rest: m[2] || "/", prefixed: true };
}
