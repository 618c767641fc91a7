// What the proxy tells pages about the request: its language and its path without the prefix.
import "server-only";
import { headers } from "next/headers";
import { DEFAULT_LANG, Lang } from "@/i18n/languages";

export async function requestLang(): Promise<Lang> {
  const h = await headers();
  const r = Lang.safeParse(h.get("x-atlas-lang"));
  return r.success ? r.data : DEFAULT_LANG;
}

/** The request's path and query without the language prefix (`/partners/cn?asOf=2022-06-01`). */
export async function requestPath(): Promise<string> {
  const h = await headers();
  const p = h.get("x-atlas-path");
  return p?.startsWith("/") ? p : "/";
}
