// Where a source's prose no longer matches the records: one visible notice per statement,
// with the values core's checkClaims computed.
import type { ClaimCheck, MetricValue } from "@partnership-atlas/core";
import { formatAmountBounds, formatCount, formatDate, formatMoney, formatNumber } from "@/i18n/format";
import type { Lang } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { EvidenceBadge, SourceLinks } from "./Evidence";

function show(lang: Lang, check: ClaimCheck, v: MetricValue | ClaimCheck["stated"] | null): string {
  const t = translator(lang);
  if (v === null) return t("unknown");
  if (typeof v === "boolean") return v ? t("yes") : t("no");
  if (typeof v === "number") return formatNumber(lang, v);
  const currency = check.claim.params?.currency;
  if (typeof v === "string") return currency ? formatMoney(lang, v, currency) : v;
  if ("reasons" in v) return formatCount(lang, v);
  return currency ? formatAmountBounds(lang, v, currency) : `${v.low}–${v.high}`;
}

export function ClaimNotices({ lang, checks }: { lang: Lang; checks: ClaimCheck[] }) {
  const t = translator(lang);
  if (checks.length === 0) return null;
  return (
    <ul className="claims">
      {checks.map((c) => {
        const stated = show(lang, c, c.stated);
        const actual = show(lang, c, c.onAsOf);
        return (
          <li key={c.id} className={`claim claim-${c.status}`}>
            <blockquote>
              <p>{c.claim.text}</p>
            </blockquote>
            {c.status === "drifted" ? (
              <p className="notice notice-drift">
                <strong>{t("resultDrifted")}:</strong> {t("driftNotice", { stated, actual, date: formatDate(lang, c.asOf) })}{" "}
                {t("driftTrueOn", { date: formatDate(lang, c.claim.statedFor) })}
              </p>
            ) : c.status === "wrong" ? (
              <p className="notice notice-drift">
                <strong>{t("resultWrong")}:</strong>{" "}
                {t("wrongNotice", {
                  stated,
                  onDate: show(lang, c, c.onStatedDate),
                  date: formatDate(lang, c.claim.statedFor),
                  actual,
                  asOf: formatDate(lang, c.asOf),
                })}
              </p>
            ) : c.status === "undecided" ? (
              <p className="notice">
                <strong>{t("resultUndecided")}:</strong> {t("undecidedNotice", { stated, actual, date: formatDate(lang, c.asOf) })}
              </p>
            ) : c.status === "holds" ? (
              <p className="notice notice-holds">{t("holdsNotice", { date: formatDate(lang, c.asOf) })}</p>
            ) : (
              <p className="notice">{t("notComputable")}</p>
            )}
            <p className="fact-meta">
              {t("evidence")}: <EvidenceBadge level={c.claim.evidence} t={t} />{" "}
              <SourceLinks ids={c.claim.sources.map((s) => s.source)} href={(id) => `#source-${id}`} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}
