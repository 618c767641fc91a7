// The 404 page for addresses no route serves, and for those the proxy finds unknown (an unknown
// partner or instrument, a root file): a full HTML document, readable without JavaScript, in the
// language the proxy names in a request header (English otherwise: no root layout applies here).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { NotFoundBody } from "@/components/NotFoundBody";
import { SiteFrame } from "@/components/SiteFrame";
import { DEFAULT_LANG, Lang, LOCALE } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { NOT_FOUND_LANG_HEADER } from "@/lib/routing-headers";
import "./globals.css";

async function language(): Promise<Lang> {
  const r = Lang.safeParse((await headers()).get(NOT_FOUND_LANG_HEADER));
  return r.success ? r.data : DEFAULT_LANG;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${translator(await language())("notFoundTitle")} · Partnership Atlas` };
}

export default async function GlobalNotFound() {
  const lang = await language();
  return (
    <html lang={LOCALE[lang]}>
      <body>
        <SiteFrame lang={lang} path="/">
          <NotFoundBody lang={lang} />
        </SiteFrame>
      </body>
    </html>
  );
}
