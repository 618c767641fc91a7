// Plain-text rendering of core's derived figures for the commands. Formats only; computes nothing.
import { COLLECTIONS, type ClaimCheck, type Money, type PartnerProfile } from "@partnership-atlas/core";
import type { ImportReport, SearchHit as SearchHitLike } from "@partnership-atlas/store";

/** `5200000.5` → `5,200,000.5`: groups the digits of a decimal string without turning it into a float. */
export function groupDigits(amount: string): string {
  const [whole, frac] = amount.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

export function formatMoney(m: Money): string {
  return `${m.currency} ${groupDigits(m.amount)}`;
}

const CLAIM_MARK: Record<ClaimCheck["status"], string> = {
  holds: "holds  ",
  drifted: "DRIFTED",
  wrong: "WRONG  ",
  "not-computable": "n/a    ",
};

export function claimMark(status: ClaimCheck["status"]): string {
  return CLAIM_MARK[status];
}

export function formatClaims(checks: readonly ClaimCheck[]): string {
  if (checks.length === 0) return "  (none)\n";
  return checks.map((c) => `  ${claimMark(c.status)}  ${c.claim.partner}  "${c.claim.text}"\n           ${c.message}\n`).join("");
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
      `Ratifications: ${r.total} Conventions — fundamental ${r.byCategory.fundamental}, governance ${r.byCategory.governance}, technical ${r.byCategory.technical}; ${r.protocols} Protocol${r.protocols === 1 ? "" : "s"}`,
    );
    lines.push(
      `  in force ${r.byStatus.inForce}, not in force ${r.byStatus.notInForce}, denounced ${r.byStatus.denounced}, abrogated ${r.byStatus.abrogated}, withdrawn ${r.byStatus.withdrawn}`,
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
    `Contributions: ${c.totals.length ? c.totals.map(formatMoney).join(" + ") : "none recorded"}${c.approximate ? " (some amounts approximate)" : ""}`,
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

/**
 * An import report: one headline, then one line per collection that changes; with `verbose`, a
 * line per record as well. A full import of every State is thousands of records: the summary is
 * what a curator reads, the list is there when asked for.
 */
export function formatImportReport(report: ImportReport, verbose: boolean): string {
  const dry = report.dryRun;
  const verb = dry ? ["would add", "would change", "would remove"] : ["added", "changed", "removed"];
  const lines = [
    `${dry ? "Dry run, nothing written: " : ""}${verb[0]} ${report.added.length}, ${verb[1]} ${report.changed.length}, ${verb[2]} ${report.removed.length}, unchanged ${report.unchanged} (${report.mode})`,
  ];
  const kinds = [
    ["+", verb[0], report.added],
    ["~", verb[1], report.changed],
    ["-", verb[2], report.removed],
  ] as const;
  const width = Math.max(...COLLECTIONS.map((c) => c.length));
  for (const c of COLLECTIONS) {
    const parts = kinds
      .map(([, label, items]) => [label, items.filter((i) => i.collection === c).length] as const)
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label} ${n}`);
    if (parts.length > 0) lines.push(`  ${c.padEnd(width)}  ${parts.join(", ")}`);
  }
  if (verbose) {
    for (const [mark, , items] of kinds) for (const i of items) lines.push(`  ${mark} ${i.collection} ${i.key}`);
  } else if (report.added.length + report.changed.length + report.removed.length > 0) {
    lines.push("(--verbose lists each record)");
  }
  return `${lines.join("\n")}\n`;
}
