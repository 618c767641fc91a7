// Which records a page shows: the footer line every page carries (revision and when it was
// recorded), and the notice of a page that shows an earlier state ("as recorded on").
import { formatDate, formatDateTime } from "@/i18n/format";
import { type Lang, localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { lastUpdated, type RecordsInfo } from "@/server/recorded";

/** "Records at revision 12, recorded 1 December 2026, 08:15 UTC." — the records given, or the latest. */
export async function RecordsLine({ lang, records }: { lang: Lang; records?: RecordsInfo | null }) {
  const t = translator(lang);
  const r = records ?? (await lastUpdated());
  return (
    <p className="records-line">
      {r.recordedAt ? t("recordsLine", { revision: r.revision, when: formatDateTime(lang, r.recordedAt) }) : t("recordsLineEmpty", { revision: r.revision })}
    </p>
  );
}

/**
 * On a page asked `?recordedOn=`: says plainly that it shows an earlier state and links to the
 * current page; on any page, a permalink pinning both dates (as of, and the records' revision).
 */
export function RecordedOnNotice({
  lang,
  path,
  asOf,
  records,
  error,
  query,
}: {
  lang: Lang;
  /** The page's address without language and query (`/partners/cn`). */
  path: string;
  asOf: string;
  records: RecordsInfo;
  error: string | null;
  /** What else the page was asked (`ids=cn,br`, filters), kept by the permalink and the link to the current records. */
  query?: URLSearchParams;
}) {
  const t = translator(lang);
  const kept = new URLSearchParams(query);
  kept.delete("asOf");
  kept.delete("recordedOn");
  const current = kept.size > 0 ? `${localePath(lang, path)}?${kept}` : localePath(lang, path);
  const pinned = new URLSearchParams(kept);
  pinned.set("asOf", asOf);
  pinned.set("recordedOn", `r${records.revision}`);
  const permalink = `${localePath(lang, path)}?${pinned}`;
  const earlier = records.recordedOn !== null && records.revision < records.current;
  return (
    <>
      {error ? (
        <p className="notice" role="status">
          {error}
        </p>
      ) : null}
      {earlier ? (
        <p className="notice recorded-on" role="status">
          {t("recordedOnNotice", {
            revision: records.revision,
            when: records.recordedAt ? formatDateTime(lang, records.recordedAt) : "—",
            current: records.current,
          })}{" "}
          <a href={current}>{t("recordedOnCurrent")}</a>
        </p>
      ) : null}
      <p className="permalink">
        <a href={permalink}>{t("permalink", { date: formatDate(lang, asOf), revision: records.revision })}</a>
      </p>
    </>
  );
}
