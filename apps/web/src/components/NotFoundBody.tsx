// What a 404 says: nothing here, and where to go instead.
import { type Lang, localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { SearchForm } from "./SearchForm";

export function NotFoundBody({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return (
    <>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>{t("notFoundHelp")}</p>
      <ul>
        <li>
          <a href={localePath(lang, "/")}>{t("homeTitle")}</a>
        </li>
        <li>
          <a href={localePath(lang, "/instruments")}>{t("instrumentsTitle")}</a>
        </li>
      </ul>
      <SearchForm lang={lang} />
    </>
  );
}
