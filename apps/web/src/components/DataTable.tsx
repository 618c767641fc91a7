// A table with its caption, its download links and, when needed, the caveat for unverified facts.
import type { Evidence } from "@partnership-atlas/core";
import { labelled, parenthesized } from "@partnership-atlas/core";
import { formatDate, formatMoney, formatNumber } from "@/i18n/format";
import type { Lang } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import type { Column, Raw, Row, Table } from "@/tables/table";
import { Caveat, EvidenceBadge, SourceLinks } from "./Evidence";

export interface DataTableProps {
  table: Table;
  lang: Lang;
  /** The download path without extension (`/data/partners/cn/ratifications`). */
  download?: string;
  /** Query kept on the download links (`asOf=2022-06-01`). */
  query?: string;
  /** Where a source id links to; the page's sources table by default. */
  sourceHref?: (id: string) => string;
  /** The title of each source by id, shown when a source key is hovered or focused. */
  sourceTitles?: ReadonlyMap<string, string>;
}

/** Numbers the distinct sentences saying why counts are not exact, in the order they first appear. */
function footnotesOf(table: Table): Map<string, number> {
  const notes = new Map<string, number>();
  for (const row of table.rows) {
    for (const sentences of Object.values(row.why ?? {})) for (const s of sentences) if (!notes.has(s)) notes.set(s, notes.size + 1);
  }
  return notes;
}

const footnoteId = (table: Table, n: number) => `why-${table.id}-${n}`;

interface CellProps {
  table: Table;
  column: Column;
  row: Row;
  lang: Lang;
  sourceHref: (id: string) => string;
  sourceTitles?: ReadonlyMap<string, string>;
  footnotes: Map<string, number>;
}

function Cell({ table, column, row, lang, sourceHref, sourceTitles, footnotes }: CellProps) {
  const t = translator(lang);
  const v: Raw = row.values[column.key] ?? null;
  const href = row.hrefs?.[column.key];
  const note = row.notes?.[column.key];
  let content: React.ReactNode;
  if (v === null || v === "") content = "—";
  else
    switch (column.kind) {
      case "date":
        content = <time dateTime={String(v)}>{formatDate(lang, String(v))}</time>;
        break;
      case "number":
        content = typeof v === "number" ? formatNumber(lang, v) : String(v);
        break;
      case "count": {
        // A count that is not exact links to its footnotes and says why on hover and focus.
        const why = row.why?.[column.key] ?? [];
        const nums = why.map((w) => footnotes.get(w) ?? 0);
        content =
          why.length === 0 ? (
            String(v)
          ) : (
            <a
              className="why"
              href={`#${footnoteId(table, nums[0] ?? 0)}`}
              data-why={why.join(" ")}
              aria-describedby={nums.map((n) => footnoteId(table, n)).join(" ")}
            >
              {String(v)}
              <sup>{nums.join(",")}</sup>
            </a>
          );
        break;
      }
      case "money": {
        const currency = column.currencyKey ? row.values[column.currencyKey] : null;
        content = typeof currency === "string" ? formatMoney(lang, String(v), currency) : String(v);
        break;
      }
      case "bool":
        content = v ? t("yes") : t("no");
        break;
      case "evidence":
        content = <EvidenceBadge level={v as Evidence} t={t} />;
        break;
      case "sources":
        content = <SourceLinks ids={String(v).split(" ").filter(Boolean)} href={sourceHref} titles={sourceTitles} t={t} />;
        break;
      default:
        content = String(v);
    }
  // The records' own text in another language than the page's is marked with its language.
  const textLang = row.langs?.[column.key] ?? column.lang;
  if (textLang && textLang !== lang && v !== null && v !== "") content = <span lang={textLang}>{content}</span>;
  const cellLangNote = row.langs?.[column.key] && row.langs[column.key] !== lang && row.langs[column.key] !== column.lang;
  return (
    <>
      {href ? <a href={href}>{content}</a> : content}
      {cellLangNote ? (
        <>
          {" "}
          <span className="lang-note">{t(`inLanguage:${row.langs?.[column.key] ?? "en"}`)}</span>
        </>
      ) : null}
      {note ? (
        <>
          {" "}
          {(() => {
            const noteLang = row.langs?.[`${column.key}:note`];
            return noteLang && noteLang !== lang ? (
              <span className="cell-note">
                (<span lang={noteLang}>{note}</span>) <span className="lang-note">{t(`inLanguage:${noteLang}`)}</span>
              </span>
            ) : (
              <span className="cell-note">{parenthesized(lang, note)}</span>
            );
          })()}
        </>
      ) : null}
    </>
  );
}

export function DataTable({ table, lang, download, query, sourceHref = (id) => `#source-${id}`, sourceTitles }: DataTableProps) {
  const t = translator(lang);
  const cols = table.columns.filter((c) => !c.hidden);
  const captionId = `caption-${table.id}`;
  const hasUnverified = table.rows.some((r) => r.values.evidence === "unverified");
  const hasDerived = table.rows.some((r) => r.values.status_derived === true);
  const q = query ? `?${query}` : "";
  const footnotes = footnotesOf(table);
  return (
    <div className="table-block" id={`table-${table.id}`}>
      <div className="table-scroll">
        <table>
          <caption id={captionId}>{table.caption}</caption>
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c.key} scope="col" className={c.kind === "number" || c.kind === "count" || c.kind === "money" ? "num" : undefined}>
                  {c.label}
                  {c.lang && c.lang !== lang && table.rows.some((r) => (r.langs?.[c.key] ?? c.lang) !== lang) ? (
                    <>
                      {" "}
                      <span className="lang-note">{t(`inLanguage:${c.lang}`)}</span>
                    </>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={row.anchor ?? i} id={row.anchor}>
                {cols.map((c) => {
                  const cls = c.kind === "number" || c.kind === "count" || c.kind === "money" ? "num" : undefined;
                  const cell = <Cell table={table} column={c} row={row} lang={lang} sourceHref={sourceHref} sourceTitles={sourceTitles} footnotes={footnotes} />;
                  return c.key === table.rowHeader ? (
                    <th key={c.key} scope="row" className={cls}>
                      {cell}
                    </th>
                  ) : (
                    <td key={c.key} className={cls}>
                      {cell}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasDerived ? <p className="footnotes">{t("derivedExplain")}</p> : null}
      {footnotes.size > 0 ? (
        <div className="footnotes">
          <p className="footnotes-title">{t("certaintyNotes")}</p>
          <ol>
            {[...footnotes].map(([text, n]) => (
              <li key={n} id={footnoteId(table, n)} value={n}>
                {text}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {download ? (
        <p className="downloads">
          {labelled(lang, t("download"))}
          <a href={`${download}.csv${q}`} download>
            {t("downloadCsv")}
            <span className="visually-hidden"> — {table.caption}</span>
          </a>{" "}
          ·{" "}
          <a href={`${download}.json${q}`}>
            {t("downloadJson")}
            <span className="visually-hidden"> — {table.caption}</span>
          </a>
        </p>
      ) : null}
      {hasUnverified ? <Caveat t={t} /> : null}
    </div>
  );
}
