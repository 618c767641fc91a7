// The document shell: language attribute from the request, the site's one stylesheet.
import type { Metadata } from "next";
import { requestLang } from "@/components/request";
import { LOCALE } from "@/i18n/languages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Partnership Atlas", template: "%s · Partnership Atlas" },
  description: "Dated, sourced records of cooperation between the ILO and its member States and partners.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const lang = await requestLang();
  return (
    <html lang={LOCALE[lang]}>
      <body>{children}</body>
    </html>
  );
}
