// One instrument: what it is, its classification over time, and who in the data ratified it.
import { notFound } from "next/navigation";
import { DataTable } from "@/components/DataTable";
import { EvidenceBadge, SourceKeyLegend, SourceLinks } from "@/components/Evidence";
import { AsOfForm } from "@/components/AsOfForm";
import { onPageRecords, pageAsOf, pageLang, pagePath } from "@/components/page-params";
import { RecordedOnNotice } from "@/components/RecordsNotes";
import { RecordText } from "@/components/RecordText";
import { MapView } from "@/components/MapView";
import { SiteFrame } from "@/components/SiteFrame";
import { countWhy, formatCount, formatDate, formatDateAfter } from "@/i18n/format";
import { categoryLabel, instrumentStatusLabel } from "@/i18n/labels";
import { localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { InstrumentCodeParam, parseParam } from "@/lib/params";
import { instrument } from "@/server/atlas";
import { instrumentRatificationsTable, sourcesTable } from "@/tables/build";

type Props = PageProps<"/[lang]/instruments/[code]">;

export async function generateMetadata(props: Props) {
  const { code, lang: rawLang } = await props.params;
  const t = translator(pageLang(rawLang));
  const upper = code.toUpperCase();
  return {
    title: upper,
    description: t("metaInstrument", { code: upper }),
    alternates: {
      types: {
        "application/atom+xml": [
          { url: `/feeds/instruments/${upper}.atom`, title: t("changesFeedOf", { name: upper }) },
          { url: "/feeds/changes.atom", title: t("changesFeed") },
        ],
      },
    },
  };
}

export default async function InstrumentPage(props: Props) {
  const { lang: rawLang, code: rawCode } = await props.params;
  const lang = pageLang(rawLang);
  const t = translator(lang);
  const code = parseParam("code", InstrumentCodeParam, rawCode.toUpperCase());
  if (!code.ok) notFound();
  const sp = await props.searchParams;
  const { asOf, explicit, error } = pageAsOf(lang, sp);
  const { value: view, records, error: recordsError } = await onPageRecords(lang, sp, () => instrument(code.value, asOf));
  if (!view) notFound();
  const ins = view.instrument;
  const sourceTitles = new Map(view.sources.map((s) => [s.id as string, s.title]));
  return (
    <SiteFrame lang={lang} path={pagePath(`/instruments/${ins.code}`, sp)} records={records}>
      <article>
        <h1>
          {ins.code} — <RecordText text={ins.title} lang={lang} />
        </h1>
        <RecordedOnNotice lang={lang} path={`/instruments/${ins.code}`} asOf={asOf} records={records} error={recordsError} />
        <AsOfForm lang={lang} action={localePath(lang, `/instruments/${ins.code}`)} asOf={asOf} error={error} />
        <section aria-labelledby="facts">
          <h2 id="facts">{t("instrumentFacts")}</h2>
          <dl className="facts">
            <dt>{t("colKind")}</dt>
            <dd>{ins.kind === "convention" ? t("kindConvention") : t("kindProtocol")}</dd>
            <dt>{t("colAdopted")}</dt>
            <dd>{ins.yearAdopted}</dd>
            <dt>{t("colCategory")}</dt>
            <dd>
              {categoryLabel(t, view.category)} ({formatDate(lang, asOf)})
            </dd>
            <dt>{t("colStatus")}</dt>
            <dd>
              {instrumentStatusLabel(t, ins.status)}
              {ins.statusDate ? ` (${formatDate(lang, ins.statusDate)})` : ""}
            </dd>
            <dt>{t("classificationHistory")}</dt>
            <dd>
              <ul>
                {ins.classification.map((c) => (
                  <li key={`${c.category}-${c.from ?? ""}`}>
                    {categoryLabel(t, c.category)}
                    {c.from ? ` ${t("from")} ${formatDateAfter(lang, c.from)}` : ""}
                    {c.until ? ` ${t("until")} ${formatDateAfter(lang, c.until)}` : ""}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t("colEvidence")}</dt>
            <dd>
              <EvidenceBadge level={ins.evidence} t={t} />{" "}
              <SourceLinks ids={ins.sources.map((s) => s.source)} href={(id) => `#source-${id}`} titles={sourceTitles} t={t} />
            </dd>
          </dl>
          {ins.sources[0] ? <SourceKeyLegend t={t} example={ins.sources[0].source} /> : null}
        </section>
        <MapView lang={lang} query={{ subject: { kind: "instrument", code: ins.code }, asOf, explicit, issues: [] }} compact />
        <section aria-labelledby="ratified-by">
          <h2 id="ratified-by">{t("ratifiedBy")}</h2>
          <p className="headline-sentence">
            {t("instrumentCountLine", { count: formatCount(lang, view.count), inForce: formatCount(lang, view.inForce), date: formatDate(lang, asOf) })}
          </p>
          {[...new Set([...countWhy(lang, view.count, false), ...countWhy(lang, view.inForce, false)])].map((w) => (
            <p key={w} className="certainty-note">
              {w}
            </p>
          ))}
          {view.ratifications.length === 0 ? (
            <p>{t("noRatifications")}</p>
          ) : (
            <DataTable
              table={instrumentRatificationsTable(lang, ins, view.ratifications)}
              lang={lang}
              download={`/data/instruments/${ins.code}`}
              query={explicit ? `asOf=${asOf}` : undefined}
              sourceTitles={sourceTitles}
            />
          )}
        </section>
        <section aria-labelledby="sources">
          <h2 id="sources">{t("sources")}</h2>
          <DataTable table={sourcesTable(lang, view.sources)} lang={lang} />
        </section>
      </article>
    </SiteFrame>
  );
}
