// A partner's profile for a date: every section of the source page, computed from the records.
// Served by two routes: today's profile (cached) and the profile `?asOf=` a date (on demand).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AsOfForm } from "@/components/AsOfForm";
import { CiteThis } from "@/components/CiteThis";
import { ClaimNotices } from "@/components/ClaimNotices";
import { ContributionsChart } from "@/components/ContributionsChart";
import { DataTable } from "@/components/DataTable";
import { Caveat, EvidenceBadge, SourceKeyLegend, SourceLinks } from "@/components/Evidence";
import { onPageRecords, pageAsOf, pageLang, pagePath } from "@/components/page-params";
import { RecordedOnNotice } from "@/components/RecordsNotes";
import { RecordText } from "@/components/RecordText";
import { SiteFrame } from "@/components/SiteFrame";
import { type Count, labelled, originalText, parenthesized, type PartnerProfile as PartnerProfileData } from "@partnership-atlas/core";
import { countWhy, formatAmountBoundsProse, formatCount, formatDate, formatNumber } from "@/i18n/format";
import { themeLabel } from "@/i18n/labels";
import { type Lang, localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { PartnerIdParam, parseParam, type SearchParams } from "@/lib/params";
import { profile } from "@/server/atlas";
import {
  agreementsTable,
  categoryTable,
  claimsTable,
  contributionsTable,
  membershipTable,
  partnerName,
  programmesTable,
  projectsTable,
  ratificationsTable,
  sourcesTable,
  statusTable,
} from "@/tables/build";

/** The route's parameters, and the query when the address has one (only the dated route reads it). */
export interface ProfileRequest {
  lang: string;
  id: string;
  query: SearchParams | null;
}

async function load({ lang: rawLang, id: rawId, query }: ProfileRequest) {
  const lang = pageLang(rawLang);
  const id = parseParam("id", PartnerIdParam, rawId);
  if (!id.ok) notFound();
  const { asOf, explicit, error } = pageAsOf(lang, query ?? {});
  // `?recordedOn=` (only on the on-demand route) reads the records as they stood then.
  const { value: p, records, error: recordsError } = await onPageRecords(lang, query ?? {}, () => profile(id.value, asOf));
  if (!p) notFound();
  return { lang, p, asOf, explicit, error, records, recordsError };
}

/** "China: partnership profile" for a partner with curated records, "France and the ILO" otherwise. */
function profileTitle(lang: Lang, p: PartnerProfileData): string {
  return translator(lang)(p.curated ? "profileOf" : "stateProfileOf", { name: partnerName(lang, p.partner) });
}

export async function partnerProfileMetadata(req: ProfileRequest): Promise<Metadata> {
  const { lang, p } = await load(req);
  const t = translator(lang);
  return {
    title: profileTitle(lang, p),
    description: t("metaProfile", { name: partnerName(lang, p.partner) }),
    alternates: {
      types: {
        "application/atom+xml": [
          { url: `/feeds/partners/${p.partner.id}.atom`, title: t("changesFeedOf", { name: partnerName(lang, p.partner) }) },
          { url: "/feeds/changes.atom", title: t("changesFeed") },
        ],
      },
    },
  };
}

/** The headline figures, each once, at the top of the profile; a count that is not exact says why. */
function Headline({ lang, p }: { lang: Lang; p: PartnerProfileData }) {
  const t = translator(lang);
  const r = p.ratifications;
  const h = p.headline;
  const figures: { key: string; label: string; value: string; why: string[] }[] = [];
  const add = (key: string, label: string, c: Count | null, of?: number) => {
    if (!c) return;
    const value = of === undefined ? formatCount(lang, c) : t("ofTotal", { count: formatCount(lang, c), total: of });
    figures.push({ key, label, value, why: countWhy(lang, c) });
  };
  add("fundamental", t("colFundamental"), h.fundamental, r?.available.fundamental);
  add("governance", t("colGovernance"), h.governance, r?.available.governance);
  add("technical", t("colTechnical"), h.technical);
  add("ratified", t("colRatified"), h.ratified);
  add("in-force", t("colInForce"), h.inForce);
  if (h.agreements > 0) figures.push({ key: "agreements", label: t("colAgreements"), value: formatNumber(lang, h.agreements), why: [] });
  if (h.projects > 0) figures.push({ key: "projects", label: t("colProjects"), value: formatNumber(lang, h.projects), why: [] });
  const notes = [...new Set(figures.flatMap((f) => f.why))];
  return (
    <section aria-labelledby="at-a-glance" className="at-a-glance">
      <h2 id="at-a-glance" className="visually-hidden">
        {t("atAGlance")}
      </h2>
      {p.memberState?.memberSince ? (
        <p className="member-since">{t("memberSinceLine", { date: formatDate(lang, p.memberState.memberSince) })}</p>
      ) : null}
      <ul className="headline-figures">
        {figures.map((f) => (
          <li key={f.key}>
            <span className="figure">
              {f.why.length === 0 ? (
                f.value
              ) : (
                <a className="why" href="#glance-why" data-why={f.why.join(" ")} aria-describedby="glance-why">
                  {f.value}
                  <sup>{f.why.map((w) => notes.indexOf(w) + 1).join(",")}</sup>
                </a>
              )}
            </span>
            <span className="label">{f.label}</span>
          </li>
        ))}
      </ul>
      {notes.length > 0 ? (
        <div className="footnotes" id="glance-why">
          <p className="footnotes-title">{t("certaintyNotes")}</p>
          <ol>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}

/** The whole profile page, the same for today's cached page and the dated one. */
export async function PartnerProfilePage(req: ProfileRequest) {
  const { lang, p, asOf, explicit, error, records, recordsError } = await load(req);
  const t = translator(lang);
  const base = `/data/partners/${p.partner.id}`;
  const pinned = records.recordedOn ? `recordedOn=r${records.revision}` : null;
  const query = [explicit ? `asOf=${asOf}` : null, pinned].filter((x) => x !== null).join("&") || undefined;
  const membership = membershipTable(lang, p);
  const byCategory = categoryTable(lang, p);
  const byStatus = statusTable(lang, p);
  const ratifications = ratificationsTable(lang, p);
  const contributions = contributionsTable(lang, p);
  const sourceHref = (sid: string) => `#source-${sid}`;
  const sourceTitles = new Map(p.sources.map((s) => [s.id as string, s.title]));
  const firstSource = p.partner.sources[0]?.source ?? p.sources[0]?.id;
  const unverifiedSections = p.partner.sections.some((s) => s.evidence === "unverified");
  const path = `/partners/${p.partner.id}`;
  return (
    <SiteFrame lang={lang} path={pagePath(path, req.query ?? {})} records={records}>
      <article className="profile">
        <h1>{profileTitle(lang, p)}</h1>
        <RecordedOnNotice lang={lang} path={path} asOf={asOf} records={records} error={recordsError} />
        <p className="as-of">
          <strong>{t("figuresAsOf", { date: formatDate(lang, asOf) })}</strong>
        </p>
        <Headline lang={lang} p={p} />
        {p.curated ? (
          <>
            <p className="lede">
              <RecordText text={p.partner.summary} lang={lang} />
            </p>
            <p className="fact-meta">
              {labelled(lang, t("evidence"))}
              <EvidenceBadge level={p.partner.evidence} t={t} />{" "}
              <SourceLinks ids={p.partner.sources.map((s) => s.source)} href={sourceHref} titles={sourceTitles} t={t} />
            </p>
            {firstSource ? <SourceKeyLegend t={t} example={firstSource} /> : null}
          </>
        ) : (
          <p className="lede">{t("notCurated")}</p>
        )}
        <AsOfForm lang={lang} action={localePath(lang, path)} asOf={asOf} error={error} />
        <p className="evidence-summary">{t("evidenceSummary", { ...p.evidence })}</p>

        {membership ? (
          <section aria-labelledby="membership">
            <h2 id="membership">{t("membership")}</h2>
            <DataTable table={membership} lang={lang} sourceTitles={sourceTitles} download={`${base}/membership`} query={query} />
          </section>
        ) : null}

        {p.claims.length > 0 ? (
          <section aria-labelledby="claims">
            <h2 id="claims">{t("claims")}</h2>
            <ClaimNotices lang={lang} checks={p.claims} />
            <DataTable table={claimsTable(lang, p.claims)} lang={lang} sourceTitles={sourceTitles} download={`${base}/claims`} query={query} />
          </section>
        ) : null}

        {byCategory && byStatus && ratifications ? (
          <section aria-labelledby="ratifications">
            <h2 id="ratifications">{t("ratifications")}</h2>
            <p>{t("categoryNote")}</p>
            <p className="certainty-note">
              {t("certaintyExplain")} <a href={localePath(lang, "/about")}>{t("aboutCertainty")}</a>
            </p>
            <DataTable table={byCategory} lang={lang} sourceTitles={sourceTitles} download={`${base}/ratifications-by-category`} query={query} />
            <DataTable table={byStatus} lang={lang} sourceTitles={sourceTitles} download={`${base}/ratifications-by-status`} query={query} />
            <DataTable table={ratifications} lang={lang} sourceTitles={sourceTitles} download={`${base}/ratifications`} query={query} />
          </section>
        ) : null}

        {contributions.rows.length === 0 ? null : (
          <section aria-labelledby="contributions">
            <h2 id="contributions">{t("contributions")}</h2>
            <ContributionsChart table={contributions} lang={lang} />
            <DataTable table={contributions} lang={lang} sourceTitles={sourceTitles} download={`${base}/contributions`} query={query} />
            <p>
              {labelled(lang, t("contributionsTotal"))}
              {p.contributions.totals.map((m) => formatAmountBoundsProse(lang, m, m.currency)).join(" + ")}
              {p.contributions.approximate ? ` ${parenthesized(lang, t("approximate"))}` : ""}
            </p>
            {p.contributions.approximate ? <p className="note">{t("approximateNote")}</p> : null}
            {p.contributions.overlaps.length > 0 ? <p className="note">{t("overlapNote")}</p> : null}
          </section>
        )}

        {p.agreements.length === 0 ? null : (
          <section aria-labelledby="agreements">
            <h2 id="agreements">{t("agreements")}</h2>
            <DataTable table={agreementsTable(lang, p)} lang={lang} sourceTitles={sourceTitles} download={`${base}/agreements`} query={query} />
          </section>
        )}

        {p.themes.length === 0 && p.partner.sections.length === 0 ? null : (
          <section aria-labelledby="priorities">
            <h2 id="priorities">{t("priorities")}</h2>
            {p.themes.length > 0 ? (
              <>
                <h3>{t("themes")}</h3>
                <ul className="themes">
                  {p.themes.map((th) => {
                    const label = themeLabel(t, th.id, th.label);
                    return <li key={th.id}>{label.translated ? label.text : <span lang="en">{label.text}</span>}</li>;
                  })}
                </ul>
              </>
            ) : null}
            {p.partner.sections.map((s) => (
              <div key={originalText(s.heading)} className="narrative">
                <h3>
                  <RecordText text={s.heading} lang={lang} />
                </h3>
                <p>
                  <RecordText text={s.body} lang={lang} />
                </p>
                <p className="fact-meta">
                  {labelled(lang, t("evidence"))}
                  <EvidenceBadge level={s.evidence} t={t} />{" "}
                  <SourceLinks ids={s.sources.map((x) => x.source)} href={sourceHref} titles={sourceTitles} t={t} />
                </p>
              </div>
            ))}
            {unverifiedSections ? <Caveat t={t} /> : null}
          </section>
        )}

        {p.projects.length === 0 ? null : (
          <section aria-labelledby="projects">
            <h2 id="projects">{t("projects")}</h2>
            <DataTable table={projectsTable(lang, p)} lang={lang} sourceTitles={sourceTitles} download={`${base}/projects`} query={query} />
          </section>
        )}

        {p.countryProgrammes.length === 0 ? null : (
          <section aria-labelledby="programmes">
            <h2 id="programmes">{t("programmes")}</h2>
            <DataTable table={programmesTable(lang, p)} lang={lang} sourceTitles={sourceTitles} download={`${base}/country-programmes`} query={query} />
          </section>
        )}

        <section aria-labelledby="sources">
          <h2 id="sources">{t("sources")}</h2>
          <DataTable table={sourcesTable(lang, p.sources)} lang={lang} sourceTitles={sourceTitles} download={`${base}/sources`} query={query} />
        </section>
        <CiteThis lang={lang} title={profileTitle(lang, p)} asOf={asOf} path={`/partners/${p.partner.id}?asOf=${asOf}`} />
      </article>
    </SiteFrame>
  );
}
