// A table's money value is one decimal string ("5200000") or its bounds joined by an en dash
// ("9150000–11950000") when the records give a range; these read both.
import { formatMoney } from "@/i18n/format";
import type { Lang } from "@/i18n/languages";

/** The low and high decimal strings of a money value ("a" or "a–b"). */
export function moneyBounds(amount: string): { low: string; high: string } {
  const [low = "", high] = amount.split("–").map((s) => s.trim());
  return { low, high: high ?? low };
}

/** The value in the reader's language: `US$5,200,000.00`, or `US$9,150,000.00–US$11,950,000.00`. */
export function formatMoneyValue(lang: Lang, amount: string, currency: string): string {
  const { low, high } = moneyBounds(amount);
  const a = formatMoney(lang, low, currency);
  return low === high ? a : `${a}–${formatMoney(lang, high, currency)}`;
}
