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
  const layout = layoutOf(column, v);
  if (layout === "one-line" || layout === "short") {
    // Bounds written "US$43M – US$70M" may break at the dash, each bound staying whole.
    const parts = typeof content === "string" ? content.split(" – ") : [];
    content =
      parts.length > 1 ? (
        parts.map((part, i) => (
          <span key={`${i} ${part}`}>
            {i > 0 ? " – " : null}
            <span className={layout}>{part}</span>
          </span>
        ))
      ) : (
        <span className={layout}>{content}</span>
      );
  } else if (layout === "long") content = <span className="long-text">{content}</span>;
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

/** Kinds whose values never wrap: a date ("2016年9月6日", "June 4, 2026"), a figure, an amount. */
const ONE_LINE_KINDS = new Set<Column["kind"]>(["date", "number", "money"]);
/** Kinds whose values are always short: a count with its certainty ("至少 28"), yes/no, a badge. */
const SHORT_KINDS = new Set<Column["kind"]>(["count", "bool", "evidence"]);
const NUMERIC_KINDS = new Set<Column["kind"]>(["number", "count", "money"]);

/** About how many Latin characters wide a text is: a CJK or full-width character counts two. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * How a value is laid out: "one-line" (a date, a figure: never wrapped, so "2016年9月6日"
 * stays whole); "short" (a count, a badge, a text of at most 16 Latin or 8 Chinese characters:
 * words are never broken, and Chinese, which could break between any two characters, not at
 * all); "long" (a longer text, given a minimum width so a narrow column does not shrink to one
 * character per line); "free" (source links). A table wider than the page scrolls in its box.
 */
function layoutOf(column: Column, v: Raw): "one-line" | "short" | "long" | "free" {
  if (ONE_LINE_KINDS.has(column.kind)) return "one-line";
  if (SHORT_KINDS.has(column.kind)) return "short";
  if ((column.kind === "text" || column.kind === "code") && typeof v === "string") return textWidth(v) <= 16 ? "short" : "long";
  return "free";
}

function cellClass(column: Column): string | undefined {
  return NUMERIC_KINDS.has(column.kind) ? "num" : undefined;
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
      {/* A table wider than the page scrolls inside this box; the box takes keyboard focus so it
          can be scrolled without a mouse (WCAG 2.1.1; axe scrollable-region-focusable), and is
          named by the table's caption. A <fieldset> would be wrong: this is no form. */}
      {/* biome-ignore lint/a11y/useSemanticElements: a named group around a table, not a form's fieldset */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <div className="table-scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{table.caption}</caption>
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c.key} scope="col" className={NUMERIC_KINDS.has(c.kind) ? "num" : undefined}>
                  {/* A short heading ("代码", "Code") stays whole over a narrow column. */}
                  {textWidth(c.label) <= 16 ? <span className="short">{c.label}</span> : c.label}
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
                  const cls = cellClass(c);
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
