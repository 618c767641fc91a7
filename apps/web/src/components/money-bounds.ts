// A table's money value is one decimal string ("5200000") or its bounds joined by an en dash
// ("9150000–11950000") when the records give a range; this reads both (i18n/format's
// formatMoney writes both).

/** The low and high decimal strings of a money value ("a" or "a–b"). */
export function moneyBounds(amount: string): { low: string; high: string } {
  const [low = "", high] = amount.split("–").map((s) => s.trim());
  return { low, high: high ?? low };
}
