// Header (skip link, navigation, language choice), main region and footer of every page.
import { type Lang, LANGUAGES, LOCALE, ENDONYM, localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";

export function SiteFrame({ lang, path, children }: { lang: Lang; path: string; children: React.ReactNode }) {
  const t = translator(lang);
  const nav: [string, string][] = [
    ["/", t("navHome")],
    ["/instruments", t("navInstruments")],
    ["/map", t("navMap")],
    ["/compare", t("navCompare")],
    ["/search", t("navSearch")],
    ["/about", t("navAbout")],
  ];
  const pathOnly = path.split("?")[0] ?? "/";
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <p className="site-name">
          <a href={localePath(lang, "/")}>{t("siteName")}</a>
          <span className="site-tagline">{t("siteTagline")}</span>
        </p>
        <nav aria-label={t("mainNav")}>
          <ul>
            {nav.map(([href, label]) => (
              <li key={href}>
                <a href={localePath(lang, href)} aria-current={pathOnly === href ? "page" : undefined}>
                  {label}
                </a>
              </li>
            ))}
            <li>
              <a href="/api/v1/openapi.json">{t("navApi")}</a>
            </li>
          </ul>
        </nav>
        <nav aria-label={t("language")} className="languages">
          <ul>
            {LANGUAGES.map((l) => (
              <li key={l}>
                <a
                  href={localePath(l, path)}
                  lang={LOCALE[l]}
                  hrefLang={LOCALE[l]}
                  aria-current={l === lang ? "true" : undefined}
                >
                  {ENDONYM[l]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("footerNote")}</p>
      </footer>
    </>
  );
}
