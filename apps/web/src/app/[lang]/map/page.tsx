// The world map for an address the proxy could not turn into a view (an unreadable date or
// year, an unknown instrument): rendered on demand, it says what it could not read and shows
// the default for it. Readable addresses are served by ./view/[subject]/[date], cached.
import { MapPage } from "@/components/MapPage";
import { pageLang, pagePath } from "@/components/page-params";
import { translator } from "@/i18n/messages";
import { parseMapQuery } from "@/map/query";
import { today } from "@/server/atlas";

export async function generateMetadata(props: PageProps<"/[lang]/map">) {
  const t = translator(pageLang((await props.params).lang));
  return { title: t("mapTitle") };
}

export default async function MapOnDemandPage(props: PageProps<"/[lang]/map">) {
  const lang = pageLang((await props.params).lang);
  const sp = await props.searchParams;
  return <MapPage lang={lang} query={parseMapQuery(sp, today())} path={pagePath("/map", sp)} />;
}
