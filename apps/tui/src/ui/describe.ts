// Small text helpers shared by the record views: a field's value on one line, and what changed.
export function showValue(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** Top-level fields whose values differ between two versions of a record. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export const EVIDENCE_WORDS: Record<string, string> = {
  verified: "verified — read in a primary source",
  secondary: "secondary — read in a secondary source",
  derived: "derived — computed from verified facts",
  unverified: "UNVERIFIED — from memory or sources disagree; treat with caution",
};
