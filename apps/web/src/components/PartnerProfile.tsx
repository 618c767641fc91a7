// A partner's profile for a date: every section of the source page, computed from the records.
// Served by two routes: today's profile (cached) and the profile `?asOf=` a date (on demand).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AsOfForm } from "@/components/AsOfForm";
import { CiteThis } from "@/components/CiteThis";
import { ClaimNotices } from "@/components/ClaimNotices";
import { ContributionsChart } from "@/components/ContributionsChart";
import { DataTable } from "@/components/DataTable";
import { Caveat, EvidenceBadge, SourceLinks } from "@/components/Evidence";
import { pageAsOf, pageLang, pagePath } from "@/components/page-params";
import { SiteFrame } from "@/components/SiteFrame";
import { formatAmountBounds, formatDate } from "@/i18n/format";
import { localePath } from "@/i18n/languages";
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
  const p = await profile(id.value, asOf);
  if (!p) notFound();
  return { lang, p, asOf, explicit, error };
}

export async function partnerProfileMetadata(req: ProfileRequest): Promise<Metadata> {
  const { lang, p } = await load(req);
  return { title: translator(lang)("profileOf", { name: partnerName(lang, p.partner) }) };
}

/** The whole profile page, the same for today's cached page and the dated one. */
export async function PartnerProfilePage(req: ProfileRequest) {
  const { lang, p, asOf, explicit, error } = await load(req);
  const t = translator(lang);
  const name = partnerName(lang, p.partner);
  const base = `/data/partners/${p.partner.id}`;
  const query = explicit ? `asOf=${asOf}` : undefined;
  const membership = membershipTable(lang, p);
  const byCategory = categoryTable(lang, p);
  const byStatus = statusTable(lang, p);
  const ratifications = ratificationsTable(lang, p);
  const contributions = contributionsTable(lang, p);
  const sourceHref = (sid: string) => `#source-${sid}`;
  const unverifiedSections = p.partner.sections.some((s) => s.evidence === "unverified");
  const path = `/partners/${p.partner.id}`;
  return (
    <SiteFrame lang={lang} path={pagePath(path, req.query ?? {})}>
      <article className="profile">
        <h1>{t("profileOf", { name })}</h1>
        <p className="lede">{p.partner.summary}</p>
        <p className="fact-meta">
          {t("evidence")}: <EvidenceBadge level={p.partner.evidence} t={t} />{" "}
          <SourceLinks ids={p.partner.sources.map((s) => s.source)} href={sourceHref} />
        </p>
        <AsOfForm lang={lang} action={localePath(lang, path)} asOf={asOf} error={error} />
        <p className="as-of">
          <strong>{t("figuresAsOf", { date: formatDate(lang, asOf) })}</strong>
        </p>
        <p className="evidence-summary">{t("evidenceSummary", { ...p.evidence })}</p>

        {membership ? (
          <section aria-labelledby="membership">
            <h2 id="membership">{t("membership")}</h2>
            <DataTable table={membership} lang={lang} download={`${base}/membership`} query={query} />
          </section>
        ) : null}

        {p.claims.length > 0 ? (
          <section aria-labelledby="claims">
            <h2 id="claims">{t("claims")}</h2>
            <ClaimNotices lang={lang} checks={p.claims} />
            <DataTable table={claimsTable(lang, p.claims)} lang={lang} download={`${base}/claims`} query={query} />
          </section>
        ) : null}

        {byCategory && byStatus && ratifications ? (
          <section aria-labelledby="ratifications">
            <h2 id="ratifications">{t("ratifications")}</h2>
            <p>{t("categoryNote")}</p>
            <DataTable table={byCategory} lang={lang} download={`${base}/ratifications-by-category`} query={query} />
            <DataTable table={byStatus} lang={lang} download={`${base}/ratifications-by-status`} query={query} />
            <DataTable table={ratifications} lang={lang} download={`${base}/ratifications`} query={query} />
          </section>
        ) : null}

        <section aria-labelledby="contributions">
          <h2 id="contributions">{t("contributions")}</h2>
          {contributions.rows.length === 0 ? (
            <p>{t("noContributions")}</p>
          ) : (
            <>
              <ContributionsChart table={contributions} lang={lang} />
              <DataTable table={contributions} lang={lang} download={`${base}/contributions`} query={query} />
              <p>
                {t("contributionsTotal")}:{" "}
                {p.contributions.totals.map((m) => formatAmountBounds(lang, m, m.currency)).join(" + ")}
                {p.contributions.approximate ? ` (${t("approximate")})` : ""}
              </p>
              {p.contributions.approximate ? <p className="note">{t("approximateNote")}</p> : null}
              {p.contributions.overlaps.length > 0 ? <p className="note">{t("overlapNote")}</p> : null}
            </>
          )}
        </section>

        <section aria-labelledby="agreements">
          <h2 id="agreements">{t("agreements")}</h2>
          {p.agreements.length === 0 ? (
            <p>{t("noAgreements")}</p>
          ) : (
            <DataTable table={agreementsTable(lang, p)} lang={lang} download={`${base}/agreements`} query={query} />
          )}
        </section>

        <section aria-labelledby="priorities">
          <h2 id="priorities">{t("priorities")}</h2>
          {p.themes.length > 0 ? (
            <>
              <h3>{t("themes")}</h3>
              <ul className="themes">
                {p.themes.map((th) => (
                  <li key={th.id}>{th.label}</li>
                ))}
              </ul>
            </>
          ) : null}
          {p.partner.sections.map((s) => (
            <div key={s.heading} className="narrative">
              <h3>{s.heading}</h3>
              <p>{s.body}</p>
              <p className="fact-meta">
                {t("evidence")}: <EvidenceBadge level={s.evidence} t={t} />{" "}
                <SourceLinks ids={s.sources.map((x) => x.source)} href={sourceHref} />
              </p>
            </div>
          ))}
          {unverifiedSections ? <Caveat t={t} /> : null}
        </section>

        <section aria-labelledby="projects">
          <h2 id="projects">{t("projects")}</h2>
          {p.projects.length === 0 ? (
            <p>{t("noProjects")}</p>
          ) : (
            <DataTable table={projectsTable(lang, p)} lang={lang} download={`${base}/projects`} query={query} />
          )}
        </section>

        <section aria-labelledby="programmes">
          <h2 id="programmes">{t("programmes")}</h2>
          {p.countryProgrammes.length === 0 ? (
            <p>{t("noProgrammes")}</p>
          ) : (
            <DataTable table={programmesTable(lang, p)} lang={lang} download={`${base}/country-programmes`} query={query} />
          )}
        </section>

        <section aria-labelledby="sources">
          <h2 id="sources">{t("sources")}</h2>
          <DataTable table={sourcesTable(lang, p.sources)} lang={lang} download={`${base}/sources`} query={query} />
        </section>
        <CiteThis lang={lang} title={t("profileOf", { name })} asOf={asOf} path={`/partners/${p.partner.id}?asOf=${asOf}`} />
      </article>
    </SiteFrame>
  );
}
