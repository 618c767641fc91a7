// How sure a fact is, and where it comes from: shown beside every fact.
import type { Evidence as EvidenceLevel } from "@partnership-atlas/core";
import { evidenceLabel } from "@/i18n/labels";
import type { T } from "@/i18n/messages";

export function EvidenceBadge({ level, t }: { level: EvidenceLevel; t: T }) {
  return (
    <span className={`evidence evidence-${level}`}>
      {level === "unverified" ? "⚠ " : ""}
      {evidenceLabel(t, level)}
    </span>
  );
}

/**
 * Links to the sources of a fact, by id; `href` says where a source id points. With the sources'
 * titles, each key says which source it is on hover and focus (a title, and a label for screen readers).
 */
export function SourceLinks({
  ids,
  href,
  titles,
  t,
}: {
  ids: string[];
  href: (id: string) => string;
  titles?: ReadonlyMap<string, string>;
  t?: T;
}) {
  if (ids.length === 0) return null;
  return (
    <span className="source-links">
      {[...new Set(ids)].map((id, i) => {
        const title = titles?.get(id);
        const said = title && t ? t("sourceKeyTitle", { id, title }) : undefined;
        return (
          <span key={id}>
            {i > 0 ? " " : ""}
            <a href={href(id)} title={said} aria-label={said}>
              [{id}]
            </a>
          </span>
        );
      })}
    </span>
  );
}

/** The legend that says what the bracketed source keys are. */
export function SourceKeyLegend({ t, example }: { t: T; example: string }) {
  return <p className="source-legend">{t("sourceKeyLegend", { example })}</p>;
}

export function Caveat({ t }: { t: T }) {
  return <p className="caveat">⚠ {t("unverifiedCaveat")}</p>;
}
