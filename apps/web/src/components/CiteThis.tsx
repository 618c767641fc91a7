// "Cite this": title, the date of the figures, the address that reproduces them, the date accessed.
import { formatDate } from "@/i18n/format";
import { type Lang, localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { env } from "@/env";
import { today } from "@/server/atlas";

/** The absolute address of a path on this site (ATLAS_SITE_URL), for citations and embed codes. */
export function siteUrl(path: string): string {
  return `${env.ATLAS_SITE_URL}${path}`;
}

export function CiteThis({ lang, title, asOf, path }: { lang: Lang; title: string; asOf: string; path: string }) {
  const t = translator(lang);
  const url = siteUrl(localePath(lang, path));
  return (
    <section aria-labelledby="cite-this" className="cite-this">
      <h2 id="cite-this">{t("citeTitle")}</h2>
      <p>
        <cite>{t("citeText", { title, date: formatDate(lang, asOf), url, accessed: formatDate(lang, today()) })}</cite>
      </p>
    </section>
  );
}
