// The 404 page for addresses outside the language routes.
import { NotFoundBody } from "@/components/NotFoundBody";
import { requestLang, requestPath } from "@/components/request";
import { SiteFrame } from "@/components/SiteFrame";

export default async function NotFound() {
  const lang = await requestLang();
  return (
    <SiteFrame lang={lang} path={await requestPath()}>
      <NotFoundBody lang={lang} />
    </SiteFrame>
  );
}
