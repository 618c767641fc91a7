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

/** Links to the sources of a fact, by id; `href` says where a source id points. */
export function SourceLinks({ ids, href }: { ids: string[]; href: (id: string) => string }) {
  if (ids.length === 0) return null;
  return (
    <span className="source-links">
      {[...new Set(ids)].map((id, i) => (
        <span key={id}>
          {i > 0 ? " " : ""}
          <a href={href(id)}>[{id}]</a>
        </span>
      ))}
    </span>
  );
}

export function Caveat({ t }: { t: T }) {
  return <p className="caveat">⚠ {t("unverifiedCaveat")}</p>;
}
