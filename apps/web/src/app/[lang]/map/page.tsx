// The world map: each member State by its status for an instrument, or by its count of
// fundamental Conventions, on any date; with the timeline, downloads and an embed code.
import { MapView } from "@/components/MapView";
import { pageLang, pagePath } from "@/components/page-params";
import { SiteFrame } from "@/components/SiteFrame";
import { translator } from "@/i18n/messages";
import { parseMapQuery } from "@/map/query";
import { today } from "@/server/atlas";

export async function generateMetadata(props: PageProps<"/[lang]/map">) {
  const t = translator(pageLang((await props.params).lang));
  return { title: t("mapTitle") };
}

export default async function MapPage(props: PageProps<"/[lang]/map">) {
  const lang = pageLang((await props.params).lang);
  const t = translator(lang);
  const sp = await props.searchParams;
  const query = parseMapQuery(sp, today());
  return (
    <SiteFrame lang={lang} path={pagePath("/map", sp)}>
      <h1>{t("mapTitle")}</h1>
      <p className="lede">{t("mapIntro")}</p>
      <MapView lang={lang} query={query} />
    </SiteFrame>
  );
}
