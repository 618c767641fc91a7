// Plain-text rendering of core's derived figures for the commands. Formats only; computes nothing.
import type { AmountBounds, ClaimCheck, Count, MetricValue, Money, MoneyBounds, PartnerProfile } from "@partnership-atlas/core";
import type { Claim } from "@partnership-atlas/core";
import type { SearchHit as SearchHitLike } from "@partnership-atlas/store";

/** `5200000.5` → `5,200,000.5`: groups the digits of a decimal string without turning it into a float. */
export function groupDigits(amount: string): string {
  const [whole, frac] = amount.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

export function formatMoney(m: Money): string {
  return `${m.currency} ${groupDigits(m.amount)}`;
}

/** A count with its certainty: `8`, `6–7`, `at least 12`. The one place the terminal prints a Count. */
export function formatCount(c: Count): string {
  switch (c.certainty) {
    case "exact":
      return String(c.low);
    case "range":
      return `${c.low}–${c.high}`;
    case "at-least":
      return `at least ${c.low}`;
  }
}

/** An amount the records bound: `5,200,000` or `6,200,000–11,200,000`. */
export function formatAmount(a: AmountBounds): string {
  return a.certainty === "exact" ? groupDigits(a.low) : `${groupDigits(a.low)}–${groupDigits(a.high)}`;
}

export function formatMoneyBounds(m: MoneyBounds): string {
  return `${m.currency} ${formatAmount(m)}`;
}

/** A claim's stated value or a computed metric, as the terminal prints it. */
export function formatMetric(v: MetricValue | Claim["stated"] | null): string {
  if (v === null) return "nothing";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number" || typeof v === "string") return String(v);
  return "reasons" in v ? formatCount(v) : formatAmount(v);
}

/** One sentence on a claim check: what the source states and what the records give. */
export function claimMessage(c: ClaimCheck): string {
  const stated = formatMetric(c.stated);
  switch (c.status) {
    case "not-computable":
      return `The records cannot compute ${c.claim.metric} for ${c.claim.partner}.`;
    case "holds":
      return `The source states ${stated}; the records agree as of ${c.asOf}.`;
    case "undecided":
      return `The source states ${stated}; the records give ${formatMetric(c.onAsOf)} as of ${c.asOf}, which cannot decide it.`;
    case "drifted":
      return `The source states ${stated}, possible on ${c.claim.statedFor} (${formatMetric(c.onStatedDate)}); the records give ${formatMetric(c.onAsOf)} as of ${c.asOf}.`;
    case "wrong":
      return `The source states ${stated}; the records give ${formatMetric(c.onStatedDate)} on ${c.claim.statedFor} and ${formatMetric(c.onAsOf)} as of ${c.asOf}.`;
  }
}

const CLAIM_MARK: Record<ClaimCheck["status"], string> = {
  holds: "holds  ",
  drifted: "DRIFTED",
  wrong: "WRONG  ",
  undecided: "OPEN   ",
  "not-computable": "n/a    ",
};

export function claimMark(status: ClaimCheck["status"]): string {
  return CLAIM_MARK[status];
}

export function formatClaims(checks: readonly ClaimCheck[]): string {
  if (checks.length === 0) return "  (none)\n";
  return checks.map((c) => `  ${claimMark(c.status)}  ${c.claim.partner}  "${c.claim.text}"\n           ${claimMessage(c)}\n`).join("");
}

export function formatProfile(p: PartnerProfile): string {
  const lines: string[] = [];
  lines.push(`${p.partner.name} (${p.partner.id}) — as of ${p.asOf}`);
  if (p.memberState) {
    const m = p.memberState;
    lines.push(
      `Member State ${m.code} / ${m.alpha3}, ${m.region}${m.memberSince ? `, member since ${m.memberSince}` : ""}${m.founding ? " (founding member)" : ""}`,
    );
  }
  const r = p.ratifications;
  if (r) {
    lines.push("");
    lines.push(
      `Ratifications: ${formatCount(r.total)} Conventions — fundamental ${formatCount(r.byCategory.fundamental)}, governance ${formatCount(r.byCategory.governance)}, technical ${formatCount(r.byCategory.technical)}; ${formatCount(r.protocols)} Protocol${r.protocols.low === 1 && r.protocols.high === 1 ? "" : "s"}`,
    );
    lines.push(
      `  in force ${formatCount(r.byStatus.inForce)}, not in force ${formatCount(r.byStatus.notInForce)}, denounced ${formatCount(r.byStatus.denounced)}, abrogated ${formatCount(r.byStatus.abrogated)}, withdrawn ${formatCount(r.byStatus.withdrawn)}`,
    );
    for (const row of r.rows) {
      lines.push(
        `  ${row.instrument.padEnd(8)} ${row.registeredOn}  ${row.category.padEnd(11)} ${row.status}${row.automaticBy ? ` (automatic, by ${row.automaticBy})` : ""}  ${row.title}`,
      );
    }
  }
  lines.push("");
  const c = p.contributions;
  lines.push(
    `Contributions: ${c.totals.length ? c.totals.map(formatMoneyBounds).join(" + ") : "none recorded"}${c.approximate ? " (some amounts approximate)" : ""}${c.overlaps.length ? ` (periods overlap: ${c.overlaps.map(([a, b]) => `${a} and ${b}`).join(", ")}; the lower figure counts none twice)` : ""}`,
  );
  for (const x of c.contributions) {
    lines.push(
      `  ${x.period.from === x.period.to ? x.period.from : `${x.period.from}–${x.period.to}`}  ${formatMoney(x.money)}${x.approximate ? " (approx.)" : ""}  ${x.channel}  ${x.recipient}`,
    );
  }
  lines.push("");
  lines.push(`Agreements: ${p.agreements.length}`);
  for (const a of p.agreements) lines.push(`  ${a.signedOn.padEnd(10)}  ${a.title}`);
  lines.push("");
  lines.push(`Projects: ${p.projects.length}`);
  for (const x of p.projects) lines.push(`  ${x.status.padEnd(9)}  ${x.title}`);
  lines.push("");
  lines.push(`Country programmes: ${p.countryProgrammes.length}`);
  for (const x of p.countryProgrammes) {
    const pr = x.programme;
    lines.push(`  ${pr.period.from}–${pr.period.to ?? "?"}${x.current ? " (current)" : ""}  ${pr.title}`);
  }
  lines.push("");
  lines.push(`Claims: ${p.claims.length} (${p.headline.driftedClaims} drifted or wrong)`);
  lines.push(formatClaims(p.claims).trimEnd());
  lines.push("");
  lines.push(
    `Evidence: verified ${p.evidence.verified}, secondary ${p.evidence.secondary}, derived ${p.evidence.derived}, unverified ${p.evidence.unverified}`,
  );
  return `${lines.join("\n")}\n`;
}

export function formatHits(hits: readonly SearchHitLike[]): string {
  if (hits.length === 0) return "No matches.\n";
  return hits.map((h) => `${h.kind.padEnd(10)} ${h.key.padEnd(28)} ${h.title}${h.snippet ? `\n           ${h.snippet}` : ""}\n`).join("");
}
