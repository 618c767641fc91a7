// The 404 page for addresses outside the languages (no root layout applies there), in English.
import type { Metadata } from "next";
import { NotFoundBody } from "@/components/NotFoundBody";
import { SiteFrame } from "@/components/SiteFrame";
import { DEFAULT_LANG, LOCALE } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import "./globals.css";

export const metadata: Metadata = { title: `${translator(DEFAULT_LANG)("notFoundTitle")} · Partnership Atlas` };

export default function GlobalNotFound() {
  return (
    <html lang={LOCALE[DEFAULT_LANG]}>
      <body>
        <SiteFrame lang={DEFAULT_LANG} path="/">
          <NotFoundBody lang={DEFAULT_LANG} />
        </SiteFrame>
      </body>
    </html>
  );
}
