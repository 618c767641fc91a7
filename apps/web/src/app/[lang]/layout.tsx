// The root layout: the document in the page's language and the site's one stylesheet. It reads
// nothing from the request, so pages below it can be cached; each page draws its own SiteFrame,
// because only the page knows its address for the language switcher.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Lang, LANGUAGES, LOCALE } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import "../globals.css";

/** The site's name after each page's title, and its description, in the page's language. */
export async function generateMetadata({ params }: LayoutProps<"/[lang]">): Promise<Metadata> {
  const r = Lang.safeParse((await params).lang);
  const t = translator(r.success ? r.data : "en");
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("metaDescription"),
    // Every page links the feed of changes; a profile or an instrument page adds its own.
    alternates: { types: { "application/atom+xml": [{ url: "/feeds/changes.atom", title: t("changesFeed") }] } },
  };
}

export function generateStaticParams() {
  return LANGUAGES.map((lang) => ({ lang }));
}

export default async function RootLayout({ children, params }: LayoutProps<"/[lang]">) {
  const r = Lang.safeParse((await params).lang);
  if (!r.success) notFound();
  return (
    <html lang={LOCALE[r.data]}>
      <body>{children}</body>
    </html>
  );
}
