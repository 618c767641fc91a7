// The search box: a GET form to the search page.
import { type Lang, localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";

export function SearchForm({ lang, q = "" }: { lang: Lang; q?: string }) {
  const t = translator(lang);
  return (
    <search>
      <form method="get" action={localePath(lang, "/search")} className="search-form">
      <label htmlFor="q">{t("searchLabel")}</label>{" "}
      <input id="q" name="q" type="search" defaultValue={q} minLength={2} maxLength={200} required />{" "}
      <button type="submit">{t("searchSubmit")}</button>
      </form>
    </search>
  );
}
