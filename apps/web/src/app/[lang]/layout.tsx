// Every page in a language: the site frame around it.
import { notFound } from "next/navigation";
import { requestPath } from "@/components/request";
import { SiteFrame } from "@/components/SiteFrame";
import { Lang } from "@/i18n/languages";

export default async function LangLayout({ children, params }: LayoutProps<"/[lang]">) {
  const r = Lang.safeParse((await params).lang);
  if (!r.success) notFound();
  return (
    <SiteFrame lang={r.data} path={await requestPath()}>
      {children}
    </SiteFrame>
  );
}
