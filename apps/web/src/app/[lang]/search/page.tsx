// Search results across partners, instruments, agreements and projects.
import { DataTable } from "@/components/DataTable";
import { pageLang, pagePath } from "@/components/page-params";
import { SiteFrame } from "@/components/SiteFrame";
import { SearchForm } from "@/components/SearchForm";
import { pluralForm } from "@partnership-atlas/core";
import type { Metadata } from "next";
import { formatNumber } from "@/i18n/format";
import { translator } from "@/i18n/messages";
import { one, parseParam, QueryParam } from "@/lib/params";
import { partnerChoices, search } from "@/server/atlas";
import { searchTable } from "@/tables/build";

export async function generateMetadata(props: PageProps<"/[lang]/search">): Promise<Metadata> {
  const lang = pageLang((await props.params).lang);
  const t = translator(lang);
  return { title: t("searchTitle"), description: t("metaDescription") };
}

export default async function SearchPage(props: PageProps<"/[lang]/search">) {
  const lang = pageLang((await props.params).lang);
  const t = translator(lang);
  const sp = await props.searchParams;
  const raw = one(sp.q);
  const q = raw === undefined ? null : parseParam("q", QueryParam, raw);
  const hits = q?.ok ? await search(q.value) : [];
  const partners = new Map((await partnerChoices()).map((c) => [c.id as string, { state: c.state, name: c.name }]));
  // A reader's message for a query that cannot be searched (never the schema's own words).
  const problem = q && !q.ok ? (raw !== undefined && raw.trim().length > 200 ? t("searchTooLong") : t("searchTooShort")) : null;
  return (
    <SiteFrame lang={lang} path={pagePath("/search", sp)}>
      <h1>{t("searchTitle")}</h1>
      <SearchForm lang={lang} q={raw ?? ""} />
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {q?.ok ? (
        hits.length === 0 ? (
          <p>{t("searchNone", { q: q.value })}</p>
        ) : (
          <>
            <h2>
              {pluralForm(lang, hits.length, { one: t("searchResults:one"), other: t("searchResults:other") })
                .replace("{count}", formatNumber(lang, hits.length))
                .replace("{q}", q.value)}
            </h2>
            <DataTable
              table={searchTable(lang, hits, partners)}
              lang={lang}
              download="/data/search"
              query={new URLSearchParams({ q: q.value }).toString()}
            />
          </>
        )
      ) : null}
    </SiteFrame>
  );
}
