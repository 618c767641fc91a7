// The "as of" date control: a plain GET form, so it works without JavaScript and the URL carries the date.
import type { Lang } from "@/i18n/languages";
import { translator } from "@/i18n/messages";

export function AsOfForm({ lang, action, asOf, error }: { lang: Lang; action: string; asOf: string; error: string | null }) {
  const t = translator(lang);
  return (
    <form method="get" action={action} className="asof-form">
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <label htmlFor="asOf">{t("asOfLabel")}</label>{" "}
      <input id="asOf" name="asOf" type="date" defaultValue={asOf} min="1919-01-01" max="2100-12-31" required />{" "}
      <button type="submit">{t("asOfSubmit")}</button> <a href={action}>{t("asOfToday")}</a>
    </form>
  );
}
