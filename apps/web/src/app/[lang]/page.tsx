// Home: partners with headline figures, a search box, and what changed recently.
import { DataTable } from "@/components/DataTable";
import { pageAsOf, pageLang, pagePath } from "@/components/page-params";
import { MapView } from "@/components/MapView";
import { SiteFrame } from "@/components/SiteFrame";
import { SearchForm } from "@/components/SearchForm";
import { formatDate } from "@/i18n/format";
import { translator } from "@/i18n/messages";
import { profiles, recentChanges } from "@/server/atlas";
import { partnersTable } from "@/tables/build";

export default async function HomePage(props: PageProps<"/[lang]">) {
  const lang = pageLang((await props.params).lang);
  const t = translator(lang);
  const sp = await props.searchParams;
  const { asOf, explicit } = pageAsOf(lang, sp);
  const [list, changes] = await Promise.all([profiles(asOf), recentChanges(8)]);
  const action = { create: t("changeCreate"), update: t("changeUpdate"), delete: t("changeDelete"), import: t("changeImport") };
  return (
    <SiteFrame lang={lang} path={pagePath("/", sp)}>
      <h1>{t("homeTitle")}</h1>
      <p className="lede">{t("homeIntro")}</p>
      <SearchForm lang={lang} />
      <p className="as-of">{t("figuresAsOf", { date: formatDate(lang, asOf) })}</p>
      <MapView lang={lang} query={{ subject: { kind: "fundamental" }, asOf, explicit, issues: [] }} compact />
      <DataTable table={partnersTable(lang, list)} lang={lang} download="/data/partners" query={explicit ? `asOf=${asOf}` : undefined} />
      <section aria-labelledby="recent">
        <h2 id="recent">{t("recentChanges")}</h2>
        {changes.length === 0 ? (
          <p>{t("noRecentChanges")}</p>
        ) : (
          <ul className="changes">
            {changes.map((c) => (
              <li key={`${c.at}-${c.collection}-${c.key}`}>
                <time dateTime={c.at}>{formatDate(lang, c.at.slice(0, 10))}</time> — {c.collection} <code>{c.key}</code>{" "}
                {action[c.action]} ({c.actor})
              </li>
            ))}
          </ul>
        )}
      </section>
    </SiteFrame>
  );
}
