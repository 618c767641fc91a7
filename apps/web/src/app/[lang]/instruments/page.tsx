// Instruments with their category on a date, filtered by category and status (a plain GET form).
import { InstrumentStatus, InstrumentCategory } from "@partnership-atlas/core";
import { DataTable } from "@/components/DataTable";
import { SourceKeyLegend } from "@/components/Evidence";
import { onPageRecords, pageAsOf, pageLang, pagePath } from "@/components/page-params";
import { RecordedOnNotice } from "@/components/RecordsNotes";
import { SiteFrame } from "@/components/SiteFrame";
import { formatDate } from "@/i18n/format";
import { categoryLabel, instrumentStatusLabel } from "@/i18n/labels";
import { localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { CategoryParam, one, parseParam, StatusParam } from "@/lib/params";
import { instruments } from "@/server/atlas";
import { instrumentsTable, sourcesTable } from "@/tables/build";

export async function generateMetadata(props: PageProps<"/[lang]/instruments">) {
  const t = translator(pageLang((await props.params).lang));
  return { title: t("instrumentsTitle"), description: t("instrumentsIntro") };
}

export default async function InstrumentsPage(props: PageProps<"/[lang]/instruments">) {
  const lang = pageLang((await props.params).lang);
  const t = translator(lang);
  const sp = await props.searchParams;
  const { asOf, explicit, error } = pageAsOf(lang, sp);
  const category = parseParam("category", CategoryParam, one(sp.category));
  const status = parseParam("status", StatusParam, one(sp.status));
  const errors = [error, category.ok ? null : t("filterBad", { name: t("filterCategory") }), status.ok ? null : t("filterBad", { name: t("filterStatus") })].filter(Boolean);
  const filter = { category: category.ok ? category.value : undefined, status: status.ok ? status.value : undefined };
  // `?recordedOn=` reads the records as they stood then; the downloads are pinned to the same revision.
  const { value, records, error: recordsError } = await onPageRecords(lang, sp, () => instruments(asOf, filter));
  const { rows, sources } = value;
  const query = new URLSearchParams();
  if (explicit) query.set("asOf", asOf);
  if (filter.category) query.set("category", filter.category);
  if (filter.status) query.set("status", filter.status);
  const download = new URLSearchParams(query);
  if (records.recordedOn) download.set("recordedOn", `r${records.revision}`);
  return (
    <SiteFrame lang={lang} path={pagePath("/instruments", sp)} records={records}>
      <h1>{t("instrumentsTitle")}</h1>
      <RecordedOnNotice lang={lang} path="/instruments" asOf={asOf} records={records} error={recordsError} query={query} />
      <p className="lede">{t("instrumentsIntro")}</p>
      <form method="get" action={localePath(lang, "/instruments")} className="filter-form">
        {errors.length > 0 ? (
          <div className="form-error" role="alert">
            {errors.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
        ) : null}
        <label htmlFor="category">{t("filterCategory")}</label>{" "}
        <select id="category" name="category" defaultValue={filter.category ?? ""}>
          <option value="">{t("filterAny")}</option>
          {InstrumentCategory.options.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(t, c)}
            </option>
          ))}
        </select>{" "}
        <label htmlFor="status">{t("filterStatus")}</label>{" "}
        <select id="status" name="status" defaultValue={filter.status ?? ""}>
          <option value="">{t("filterAny")}</option>
          {[...InstrumentStatus.options, "unknown" as const].map((s) => (
            <option key={s} value={s}>
              {instrumentStatusLabel(t, s === "unknown" ? undefined : s)}
            </option>
          ))}
        </select>{" "}
        <label htmlFor="asOf">{t("asOfLabel")}</label>{" "}
        <input id="asOf" name="asOf" type="date" defaultValue={asOf} min="1919-01-01" max="2100-12-31" />{" "}
        {records.recordedOn ? <input type="hidden" name="recordedOn" value={`r${records.revision}`} /> : null}
        <button type="submit">{t("filterSubmit")}</button>
      </form>
      <p className="as-of">{t("figuresAsOf", { date: formatDate(lang, asOf) })}</p>
      <DataTable
        table={instrumentsTable(lang, rows)}
        lang={lang}
        download="/data/instruments"
        query={download.toString() || undefined}
        sourceTitles={new Map(sources.map((s) => [s.id as string, s.title]))}
      />
      {sources[0] ? <SourceKeyLegend t={t} example={sources[0].id} /> : null}
      <h2 id="sources">{t("sources")}</h2>
      <DataTable table={sourcesTable(lang, sources)} lang={lang} />
    </SiteFrame>
  );
}
