// The map page's frame, shared by the route the proxy caches per view (map/view/…) and the
// on-demand route that explains an address it could not read (map/page.tsx).
import { MapView } from "@/components/MapView";
import { SiteFrame } from "@/components/SiteFrame";
import type { Lang } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import type { MapQuery } from "@/map/query";

export function MapPage({ lang, query, path }: { lang: Lang; query: MapQuery; path: string }) {
  const t = translator(lang);
  return (
    <SiteFrame lang={lang} path={path}>
      <h1>{t("mapTitle")}</h1>
      <p className="lede">{t("mapIntro")}</p>
      <MapView lang={lang} query={query} />
    </SiteFrame>
  );
}
