// Home: every member State in one table (filtered and sorted by GET parameters, so it works
// without JavaScript), one sentence of headline figures from core, and what changed recently.
import { exactCount, type IsoDate, IloRegion, parenthesized } from "@partnership-atlas/core";
import { DataTable } from "@/components/DataTable";
import { MapView } from "@/components/MapView";
import { asOfReason, onPageRecords, pageLang } from "@/components/page-params";
import { RecordedOnNotice } from "@/components/RecordsNotes";
import { SearchForm } from "@/components/SearchForm";
import { SiteFrame } from "@/components/SiteFrame";
import { countryName, countWhy, formatCount, formatDate, quoted } from "@/i18n/format";
import { type Lang, localePath } from "@/i18n/languages";
import { type T, translator } from "@/i18n/messages";
import { AsOfParam, NameFilterParam, one, parseParam, RegionParam, type SearchParams, StatesSortParam } from "@/lib/params";
import { type Change, recentChanges, revision as currentRevision, states } from "@/server/atlas";
import { type StatesView, statesTable } from "@/tables/build";
import type { z } from "zod";

export interface HomeRequest {
  lang: string;
  /** The date from the address (the proxy puts today's date there when none is asked). */
  date: string;
  /** The filters and sort, on the filtered route; null on the cached page. */
  query: SearchParams | null;
}

/** The filters a query asks for, and a message for each parameter that could not be read. */
function readView(t: T, query: SearchParams | null): { view: StatesView; problems: string[] } {
  const problems: string[] = [];
  const label: Record<string, string> = { region: t("filterRegion"), q: t("filterName"), sort: t("filterSort") };
  const take = <S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined => {
    const r = parseParam(name, schema, one(query?.[name]));
    if (r.ok) return r.value;
    problems.push(t("filterBad", { name: label[name] ?? name }));
    return undefined;
  };
  const region = take("region", RegionParam) ?? null;
  const q = take("q", NameFilterParam) ?? null;
  const sort = take("sort", StatesSortParam) ?? "name";
  return { view: { region, q: q || null, sort }, problems };
}

/**
 * A change in the reader's language, built from its parts with the messages (core's sentence is
 * the feeds' English). A record is named by its title or name, never by its id.
 */
function changeText(lang: Lang, t: T, c: Change): string {
  const action = { create: t("changeCreate"), update: t("changeUpdate"), delete: t("changeDelete"), import: t("changeImport") }[c.action];
  const what =
    c.action === "import"
      ? t("changeWholeDataset")
      : c.ratification
        ? t("changeRatification", { instrument: c.ratification.instrument, state: countryName(lang, c.ratification.state) })
        : c.collection === "memberStates" || (c.collection === "partners" && /^[a-z]{2}$/.test(c.key))
          ? t("changeRecord", { kind: t(`coll:${c.collection}`), name: countryName(lang, c.key.toUpperCase()) })
          : c.name
            ? t("changeRecord", { kind: t(`coll:${c.collection}`), name: c.name })
            : t("changeRecordUnnamed", { kind: t(`coll:${c.collection}`) });
  const line = t("changeLine", { what: what.charAt(0).toUpperCase() + what.slice(1), action, actor: c.actor });
  return c.note ? t("changeNote", { line, note: c.note }) : line;
}

/** Changes that read the same on the same day, one after another, shown once with how many times. */
function sameInARow<C extends { day: string; text: string }>(lines: C[]): (C & { times: number })[] {
  const out: (C & { times: number })[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && last.day === line.day && last.text === line.text) last.times += 1;
    else out.push({ ...line, times: 1 });
  }
  return out;
}

export async function HomeView({ lang: rawLang, date, query }: HomeRequest) {
  const lang = pageLang(rawLang);
  const t = translator(lang);
  const parsedDate = parseParam("asOf", AsOfParam, date);
  const asOf: IsoDate | undefined = parsedDate.ok ? parsedDate.value : undefined;
  if (!asOf) throw new Error(`The proxy sent the home page an unreadable date: ${date}`);
  const { view, problems } = readView(t, query);
  // The proxy puts a readable `?asOf=` in the address's date, and today's date otherwise.
  const asked = one(query?.asOf);
  const explicit = asked !== undefined && asked === date;
  if (asked !== undefined && !explicit) {
    problems.push(t("badAsOf", { value: quoted(lang, asked), message: asOfReason(t, asked) }));
  }
  // `?recordedOn=` (only on the filtered route) reads the records, and the changes, as they stood then.
  const {
    value: [overview, changes],
    records,
    error: recordsError,
  } = await onPageRecords(lang, query ?? {}, async () => {
    const pinned = one(query?.recordedOn) !== undefined;
    return Promise.all([states(asOf), pinned ? recentChanges(8, (await currentRevision())) : recentChanges(8)]);
  });
  const table = statesTable(lang, overview, view);
  const all = overview.allFundamental;
  const base = localePath(lang, "/");
  const download = new URLSearchParams();
  if (explicit) download.set("asOf", asOf);
  if (view.region) download.set("region", view.region);
  if (view.q) download.set("q", view.q);
  if (view.sort !== "name") download.set("sort", view.sort);
  const kept = new URLSearchParams(download);
  if (records.recordedOn) download.set("recordedOn", `r${records.revision}`);
  const sorts: [string, string][] = [
    ["name", t("sortName")],
    ["region", t("sortRegion")],
    ["fundamental-desc", t("sortFundamentalDesc")],
    ["fundamental-asc", t("sortFundamentalAsc")],
    ["total-desc", t("sortTotalDesc")],
  ];
  return (
    <SiteFrame records={records} lang={lang} path={query ? `/?${new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])))}` : "/"}>
      <h1>{t("statesTitle")}</h1>
      <RecordedOnNotice lang={lang} path="/" asOf={asOf} records={records} error={recordsError} query={kept} />
      <p className="lede">{t("statesIntro")}</p>
      <p className="headline-sentence">
        {t("headlineSentence", {
          date: formatDate(lang, asOf),
          all: formatCount(lang, all),
          states: formatCount(lang, exactCount(overview.rows.length)),
          available: overview.fundamentalAvailable,
        })}
      </p>
      {all.certainty !== "exact" ? <p className="certainty-note">{countWhy(lang, all, false).join(" ")}</p> : null}
      {/* The map reads the latest records: on a page pinned to an earlier state it would disagree with the table. */}
      {records.recordedOn ? null : <MapView lang={lang} query={{ subject: { kind: "fundamental" }, asOf, explicit, issues: [] }} compact />}
      <SearchForm lang={lang} />
      <form method="get" action={base} className="states-form">
        {problems.length > 0 ? (
          <div className="form-error" role="alert">
            {problems.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        ) : null}
        <span className="field">
          <label htmlFor="region">{t("filterRegion")}</label>
          <select id="region" name="region" defaultValue={view.region ?? ""}>
            <option value="">{t("filterAllRegions")}</option>
            {IloRegion.options.map((r) => (
              <option key={r} value={r}>
                {t(`region:${r}`)}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="name-filter">{t("filterName")}</label>
          <input id="name-filter" name="q" type="search" defaultValue={view.q ?? ""} maxLength={100} />
        </span>
        <span className="field">
          <label htmlFor="sort">{t("filterSort")}</label>
          <select id="sort" name="sort" defaultValue={view.sort}>
            {sorts.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </span>
        {explicit ? <input type="hidden" name="asOf" value={asOf} /> : null}
        {records.recordedOn ? <input type="hidden" name="recordedOn" value={`r${records.revision}`} /> : null}
        <button type="submit">{t("filterApply")}</button>
      </form>
      <p className="as-of">
        {t("figuresAsOf", { date: formatDate(lang, asOf) })} · {t("statesShown", { shown: table.rows.length, total: overview.rows.length })}{" "}
        <a href={localePath(lang, "/about")}>{t("aboutCertainty")}</a>
      </p>
      {table.rows.length === 0 ? <p>{t("noStatesMatch")}</p> : null}
      <DataTable table={table} lang={lang} download="/data/states" query={download.toString() || undefined} />
      <section aria-labelledby="recent">
        <h2 id="recent">{t("recentChanges")}</h2>
        {changes.length === 0 ? (
          <p>{t("noRecentChanges")}</p>
        ) : (
          <ul className="changes">
            {sameInARow(changes.map((c) => ({ at: c.at, day: c.at.slice(0, 10), text: changeText(lang, t, c) }))).map((c) => (
              <li key={`${c.at}-${c.text}`}>
                <time dateTime={c.at}>{formatDate(lang, c.day)}</time> — {c.text}
                {c.times > 1 ? ` ${parenthesized(lang, `×${c.times}`)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </SiteFrame>
  );
}
