// The 404 page inside the site frame, in the page's language (a root parameter, not the request).
import { lang as rootLang } from "next/root-params";
import { NotFoundBody } from "@/components/NotFoundBody";
import { SiteFrame } from "@/components/SiteFrame";
import { DEFAULT_LANG, Lang } from "@/i18n/languages";

export default async function NotFound() {
  const r = Lang.safeParse(await rootLang());
  const lang = r.success ? r.data : DEFAULT_LANG;
  // The address is unknown here; the language switcher offers each language's home page.
  return (
    <SiteFrame lang={lang} path="/">
      <NotFoundBody lang={lang} />
    </SiteFrame>
  );
}
