// A source's statements checked against the records, grouped by outcome: each group says in a
// sentence what its outcome means, and each statement what the records give (core's checkClaims).
import type { ClaimCheck, ClaimStatus, MetricValue } from "@partnership-atlas/core";
import { labelled } from "@partnership-atlas/core";
import { countWhy, formatAmountBoundsProse, formatClaimValue, formatCount, formatDate, formatMoneyInProse, formatNumber, formatPeriod } from "@/i18n/format";
import type { Lang } from "@/i18n/languages";
import { type MessageKey, translator } from "@/i18n/messages";
import { EvidenceBadge, SourceLinks } from "./Evidence";

type T = ReturnType<typeof translator>;

/** The groups in the order a reader needs them: what no longer holds first. */
const GROUPS: { status: ClaimStatus; result: MessageKey; explain: MessageKey }[] = [
  { status: "drifted", result: "resultDrifted", explain: "claimExplainDrifted" },
  { status: "wrong", result: "resultWrong", explain: "claimExplainWrong" },
  { status: "inconsistent", result: "resultInconsistent", explain: "claimExplainInconsistent" },
  { status: "undecided", result: "resultUndecided", explain: "claimExplainUndecided" },
  { status: "holds", result: "resultHolds", explain: "claimExplainHolds" },
  { status: "not-computable", result: "resultNotComputable", explain: "claimExplainNotComputable" },
];

function show(lang: Lang, check: ClaimCheck, v: MetricValue | ClaimCheck["stated"] | number | null): string {
  const t = translator(lang);
  if (v === null) return t("unknown");
  if (typeof v === "boolean") return v ? t("yes") : t("no");
  if (typeof v === "number") return formatNumber(lang, v);
  const currency = check.claim.params?.currency;
  if (typeof v === "string") return currency ? formatMoneyInProse(lang, v, currency) : v;
  if ("reasons" in v) return formatCount(lang, v);
  return currency ? formatAmountBoundsProse(lang, v, currency) : `${v.low}–${v.high}`;
}

/** The stated value; money with the years it covers ("US$63,100,000 for 2018–2022"). */
function showStated(lang: Lang, t: T, c: ClaimCheck): string {
  const value = formatClaimValue(lang, c.values.stated, "prose");
  const p = c.claim.params;
  if (c.claim.metric !== "contributions.total" || p?.fromYear === undefined || p.toYear === undefined) return value;
  return t("statedForPeriod", { amount: value, period: formatPeriod(p.fromYear, p.toYear) });
}

/** Why the records cannot decide: the count's reasons, or amounts that overlap. */
function undecidedWhy(lang: Lang, t: T, v: MetricValue | null): string[] {
  if (v === null || typeof v === "boolean") return [];
  return "reasons" in v ? countWhy(lang, v) : [t("undecidedAmountWhy")];
}

function Notice({ lang, check: c, byId }: { lang: Lang; check: ClaimCheck; byId: Map<string, ClaimCheck> }) {
  const t = translator(lang);
  const stated = showStated(lang, t, c);
  const actual = formatClaimValue(lang, c.values.onAsOf, "prose");
  const lastHeld = c.lastHeld ? ` ${t("lastHeldNotice", { date: formatDate(lang, c.lastHeld) })}` : "";
  switch (c.status) {
    case "drifted":
      return (
        <p className="notice notice-drift">
          {t("driftNotice", { stated, actual, date: formatDate(lang, c.asOf) })} {t("driftTrueOn", { date: formatDate(lang, c.claim.statedFor) })}
          {lastHeld}
        </p>
      );
    case "wrong":
      return (
        <p className="notice notice-drift">
          {t("wrongNotice", { stated, onDate: formatClaimValue(lang, c.values.onStatedDate, "prose"), date: formatDate(lang, c.claim.statedFor), actual, asOf: formatDate(lang, c.asOf) })}
          {lastHeld}
        </p>
      );
    case "inconsistent": {
      const i = c.inconsistency;
      if (i?.kind === "not-sum-of-parts") {
        const parts = i.parts.map((id) => {
          const part = byId.get(id);
          return part ? showStated(lang, t, part) : id;
        });
        return (
          <p className="notice notice-drift">
            {t("inconsistentSumNotice", { stated, parts: parts.join(" + "), sum: show(lang, c, i.sum), difference: show(lang, c, i.difference) })}
          </p>
        );
      }
      return <p className="notice notice-drift">{i ? t("inconsistentExceedsNotice", { stated, limit: show(lang, c, i.limit) }) : null}</p>;
    }
    case "undecided":
      return (
        <p className="notice">
          {t("undecidedNotice", { stated, actual, date: formatDate(lang, c.asOf) })} {undecidedWhy(lang, t, c.onAsOf).join(" ")}
        </p>
      );
    case "holds":
      return <p className="notice notice-holds">{t("holdsNotice", { date: formatDate(lang, c.asOf) })}</p>;
    case "not-computable":
      return <p className="notice">{t("notComputable")}</p>;
  }
}

export function ClaimNotices({ lang, checks }: { lang: Lang; checks: ClaimCheck[] }) {
  const t = translator(lang);
  if (checks.length === 0) return null;
  const byId = new Map(checks.map((c) => [c.id as string, c]));
  return (
    <div className="claim-groups">
      {GROUPS.map((g) => {
        const group = checks.filter((c) => c.status === g.status);
        if (group.length === 0) return null;
        const headingId = `claims-${g.status}`;
        return (
          <section key={g.status} className={`claim-group claim-group-${g.status}`} aria-labelledby={headingId}>
            <h3 id={headingId}>{t("claimGroupHeading", { result: t(g.result), n: String(group.length) })}</h3>
            <p className="claim-group-explain">{t(g.explain)}</p>
            <ul className="claims">
              {group.map((c) => (
                <li key={c.id} className={`claim claim-${c.status}`}>
                  <blockquote>
                    <p>
                      <span lang="en">{c.claim.text}</span>
                      {lang === "en" ? null : <span className="lang-note"> {t("inLanguage:en")}</span>}
                    </p>
                  </blockquote>
                  <Notice lang={lang} check={c} byId={byId} />
                  <p className="fact-meta">
                    {labelled(lang, t("evidence"))}
                    <EvidenceBadge level={c.claim.evidence} t={t} />{" "}
                    <SourceLinks ids={c.claim.sources.map((s) => s.source)} href={(id) => `#source-${id}`} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
