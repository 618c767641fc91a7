// Search results across partners, instruments, agreements and projects.
import { DataTable } from "@/components/DataTable";
import { pageLang, pagePath } from "@/components/page-params";
import { SiteFrame } from "@/components/SiteFrame";
import { SearchForm } from "@/components/SearchForm";
import { translator } from "@/i18n/messages";
import { one, parseParam, QueryParam } from "@/lib/params";
import { search } from "@/server/atlas";
import { searchTable } from "@/tables/build";

export const metadata = { title: "Search" };

export default async function SearchPage(props: PageProps<"/[lang]/search">) {
  const lang = pageLang((await props.params).lang);
  const t = translator(lang);
  const sp = await props.searchParams;
  const raw = one(sp.q);
  const q = raw === undefined ? null : parseParam("q", QueryParam, raw);
  const hits = q?.ok ? await search(q.value) : [];
  return (
    <SiteFrame lang={lang} path={pagePath("/search", sp)}>
      <h1>{t("searchTitle")}</h1>
      <SearchForm lang={lang} q={raw ?? ""} />
      {q && !q.ok ? (
        <p className="form-error" role="alert">
          {q.issue.message}
        </p>
      ) : null}
      {q?.ok ? (
        hits.length === 0 ? (
          <p>{t("searchNone", { q: q.value })}</p>
        ) : (
          <>
            <h2>{t("searchResults", { count: hits.length, q: q.value })}</h2>
            <DataTable
              table={searchTable(lang, hits)}
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
