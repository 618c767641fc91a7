// About the data: where the records come from, what they hold completely (the coverage records),
// and how a count's certainty is computed. Rendered on request: the build does not read the store,
// and the layout's languages would otherwise have it prerendered at build time.
import { DataTable } from "@/components/DataTable";
import { pageLang } from "@/components/page-params";
import { SiteFrame } from "@/components/SiteFrame";
import { formatNumber } from "@/i18n/format";
import { translator } from "@/i18n/messages";
import { aboutTheData } from "@/server/atlas";
import { coverageTable, sourcesTable } from "@/tables/build";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: PageProps<"/[lang]/about">) {
  return { title: translator(pageLang((await props.params).lang))("aboutTitle") };
}

export default async function AboutPage(props: PageProps<"/[lang]/about">) {
  const lang = pageLang((await props.params).lang);
  const t = translator(lang);
  const about = await aboutTheData();
  return (
    <SiteFrame lang={lang} path="/about">
      <article className="about">
        <h1>{t("aboutTitle")}</h1>
        <p className="lede">{t("aboutIntro")}</p>
        <p>{t("aboutCounts", { states: formatNumber(lang, about.states), ratifications: formatNumber(lang, about.ratifications) })}</p>
        <section aria-labelledby="complete">
          <h2 id="complete">{t("aboutComplete")}</h2>
          <p>{t("aboutCompleteText")}</p>
          <DataTable table={coverageTable(lang, about.coverage)} lang={lang} download="/data/about/coverage" />
        </section>
        <section aria-labelledby="certainty">
          <h2 id="certainty">{t("aboutCertainty")}</h2>
          <p>{t("aboutCertaintyExact")}</p>
          <p>{t("aboutCertaintyRange")}</p>
          <p>{t("aboutCertaintyAtLeast")}</p>
          <p>{t("aboutCertaintyJson")}</p>
        </section>
        <section aria-labelledby="evidence">
          <h2 id="evidence">{t("aboutEvidence")}</h2>
          <p>{t("aboutEvidenceText")}</p>
        </section>
        <section aria-labelledby="sources">
          <h2 id="sources">{t("aboutSources")}</h2>
          <DataTable table={{ ...sourcesTable(lang, about.sources), caption: t("aboutSourcesTable") }} lang={lang} download="/data/about/sources" />
        </section>
      </article>
    </SiteFrame>
  );
}
