// Two to four partners side by side, chosen with a plain GET form (`?ids=cn,fr`).
import { DataTable } from "@/components/DataTable";
import { onPageRecords, pageAsOf, pageLang, pagePath } from "@/components/page-params";
import { RecordedOnNotice } from "@/components/RecordsNotes";
import { SiteFrame } from "@/components/SiteFrame";
import { countryName, formatDate } from "@/i18n/format";
import { LOCALE, localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { distinct, IdsParam, list, parseParam } from "@/lib/params";
import { compare, partnerChoices } from "@/server/atlas";
import { compareTable } from "@/tables/build";

export async function generateMetadata(props: PageProps<"/[lang]/compare">) {
  const t = translator(pageLang((await props.params).lang));
  return { title: t("compareTitle"), description: t("compareIntro") };
}

export default async function ComparePage(props: PageProps<"/[lang]/compare">) {
  const lang = pageLang((await props.params).lang);
  const t = translator(lang);
  const sp = await props.searchParams;
  const { asOf, explicit, error } = pageAsOf(lang, sp);
  // `?ids=cn,cn` compares China once, and says so.
  const { ids: raw, repeated } = distinct(list(sp.ids));
  const ids = raw.length > 0 ? parseParam("ids", IdsParam, raw) : null;
  // `?recordedOn=` compares the records as they stood then; the download is pinned to the same revision.
  const {
    value: [choices, result],
    records,
    error: recordsError,
  } = await onPageRecords(lang, sp, () => Promise.all([partnerChoices(), ids?.ok ? compare(ids.value, asOf) : null]));
  const problems = [
    error,
    repeated.length ? t("compareRepeated", { ids: repeated.join(", ") }) : null,
    // In the reader's words, not the schema's: too few, too many, or an id that cannot be read.
    ids && !ids.ok ? (raw.length < 2 ? t("compareTooFew") : raw.length > 4 ? t("compareTooMany") : t("compareBadId")) : null,
    result?.missing.length ? t("compareMissing", { ids: result.missing.join(", ") }) : null,
  ].filter((x): x is string => Boolean(x));
  const collator = new Intl.Collator(LOCALE[lang]);
  const options = choices
    .map((c) => ({ id: c.id, label: c.state ? countryName(lang, c.state) : c.name }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const query = new URLSearchParams();
  if (ids?.ok) query.set("ids", ids.value.join(","));
  if (explicit) query.set("asOf", asOf);
  const download = new URLSearchParams(query);
  if (records.recordedOn) download.set("recordedOn", `r${records.revision}`);
  return (
    <SiteFrame lang={lang} path={pagePath("/compare", sp)} records={records}>
      <h1>{t("compareTitle")}</h1>
      <RecordedOnNotice lang={lang} path="/compare" asOf={asOf} records={records} error={recordsError} query={query} />
      <p className="lede">{t("compareIntro")}</p>
      <form method="get" action={localePath(lang, "/compare")} className="compare-form">
        {problems.length > 0 ? (
          <div className="form-error" role="alert">
            {problems.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        ) : null}
        {/*
          Not a fieldset: a fieldset is at least as wide as its widest select, and the official
          names ("United Kingdom of Great Britain and Northern Ireland") would push it past a
          phone's width (inline styles are refused by the content security policy). Each select
          has its own label.
        */}
        <div className="compare-choose">
          <p>{t("compareChoose")}</p>
          {[0, 1, 2, 3].map((slot) => (
            <span key={slot} className="field">
              <label htmlFor={`ids-${slot}`}>{t("compareSlot", { n: slot + 1 })}</label>{" "}
              <select id={`ids-${slot}`} name="ids" defaultValue={raw[slot] ?? ""}>
                <option value="">{t("compareNoChoice")}</option>
                {options.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </span>
          ))}
        </div>
        <label htmlFor="asOf">{t("asOfLabel")}</label>{" "}
        <input id="asOf" name="asOf" type="date" defaultValue={asOf} min="1919-01-01" max="2100-12-31" />{" "}
        {records.recordedOn ? <input type="hidden" name="recordedOn" value={`r${records.revision}`} /> : null}
        <button type="submit">{t("compareSubmit")}</button>
      </form>
      {result && result.profiles.length >= 2 ? (
        <>
          <p className="as-of">{t("figuresAsOf", { date: formatDate(lang, asOf) })}</p>
          <DataTable table={compareTable(lang, result.profiles)} lang={lang} download="/data/compare" query={download.toString()} />
        </>
      ) : (
        <p>{t("compareNeed")}</p>
      )}
    </SiteFrame>
  );
}
