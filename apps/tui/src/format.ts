// Plain-text rendering of core's derived figures for the commands. Formats only; computes nothing.
import {
  type AmountBounds,
  type ClaimCheck,
  type ClaimTally,
  type ClaimValue,
  COLLECTIONS,
  type Count,
  type CountReason,
  type CountScope,
  type Money,
  type MoneyBounds,
  type PartialDate,
  type PartnerProfile,
  type RatificationRow,
} from "@partnership-atlas/core";
import type { ImportReport, SearchHit as SearchHitLike } from "@partnership-atlas/store";

/** `5200000.5` → `5,200,000.5`: groups the digits of a decimal string without turning it into a float. */
export function groupDigits(amount: string): string {
  const [whole = "", frac] = amount.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
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

/** A span of years, one way everywhere in the terminal: `2019`, `2016–2020`, `2016–` while open. */
export function formatPeriod(period: { from: number; to?: number | undefined }): string {
  if (period.to === undefined) return `${period.from}–`;
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date at the precision it is known to: `2019`, `May 2019`, `12 Aug 2022`. */
export function formatPartialDate(d: PartialDate | string): string {
  const [y = d, m, day] = d.split("-");
  if (m === undefined) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day === undefined ? `${month} ${y}` : `${Number(day)} ${month} ${y}`;
}

function scopeText(s: CountScope): string {
  const subject = s.instrument ?? (s.category ? `${s.category} Conventions` : "instruments");
  return s.state ? `${s.state}'s ${subject}` : `every State's ${subject}`;
}

/** Why a count is not exact, in a curator's words (one reason). */
export function formatReason(r: CountReason): string {
  switch (r.kind) {
    case "date-open": {
      const what = r.what === "registration" ? "registered" : r.what === "entry-into-force" ? "in force 12 months after registration," : "status changed";
      return `${r.instrument} ${what} ${r.from}…${r.to} (known as ${formatPartialDate(r.date)})`;
    }
    case "not-covered":
      return `no coverage record for ${scopeText(r.scope)}`;
    case "after-coverage":
      return `${scopeText(r.scope)} complete only as of ${r.completeAsOf}`;
  }
}

/**
 * Why some counts are not exact: one line per reason, naming the counts it applies to
 * ("fundamental: C105 registered 2022-01-01…2022-06-04 (known as 2022)"). Exact counts give nothing.
 */
export function explainCounts(counts: readonly (readonly [string, Count | null])[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const [label, c] of counts) {
    if (!c || c.certainty === "exact") continue;
    for (const text of new Set(c.reasons.map(formatReason))) {
      const labels = byReason.get(text) ?? [];
      labels.push(label);
      byReason.set(text, labels);
    }
  }
  return [...byReason.entries()].map(([text, labels]) => `${labels.join(", ")}: ${text}`);
}

/** The headline counts of a profile with their labels, in the order they are shown. */
export function headlineCounts(p: PartnerProfile): [string, Count | null][] {
  const h = p.headline;
  return [
    ["ratified", h.ratified],
    ["fundamental", h.fundamental],
    ["governance", h.governance],
    ["technical", h.technical],
    ["in force", h.inForce],
  ];
}

/** A ratification row's status on the day, with what is open: `in force`, `in force (derived)`, `registration open`. */
export function rowStatusText(row: RatificationRow): string {
  if (row.registered === "open") return `may be registered by then (${row.registeredBetween.from}…${row.registeredBetween.to})`;
  const others = row.possibleStatuses.filter((s) => s !== row.status && s !== "not-yet-ratified");
  // A recorded status says since when, at its precision; a derived one's day is computed, not known.
  const since = !row.statusDerived && row.statusFrom ? ` since ${formatPartialDate(row.statusFrom)}` : "";
  return `${row.status}${since}${others.length ? ` or ${others.join(" or ")}` : ""}${row.statusDerived ? " (derived)" : ""}${row.automaticBy ? ` (automatic, by ${row.automaticBy})` : ""}`;
}

/** An amount the records bound: `5,200,000` or `6,200,000–11,200,000`. */
export function formatAmount(a: AmountBounds): string {
  return a.certainty === "exact" ? groupDigits(a.low) : `${groupDigits(a.low)}–${groupDigits(a.high)}`;
}

export function formatMoneyBounds(m: MoneyBounds): string {
  return `${m.currency} ${formatAmount(m)}`;
}

/**
 * A claim's value (what its source states, or what the records give), as the terminal prints
 * it: the one formatter for both, so a stated amount reads like the records' (USD 5,200,000).
 */
export function formatClaimValue(v: ClaimValue | null): string {
  if (v === null) return "nothing";
  switch (v.kind) {
    case "yes-no":
      return v.value ? "yes" : "no";
    case "count":
      return formatCount(v.count);
    case "money":
      return `${v.currency} ${formatAmount(v.amount)}`;
    case "amount":
      return formatAmount(v.amount);
  }
}

/** A claim's stated value with what it is about: money with its currency and period ("USD 63,100,000 for 2018–2022"). */
export function formatStated(c: ClaimCheck): string {
  const stated = formatClaimValue(c.values.stated);
  const p = c.claim.params;
  if (c.claim.metric !== "contributions.total") return stated;
  const span = p?.fromYear !== undefined && p.toYear !== undefined ? (p.fromYear === p.toYear ? ` in ${p.fromYear}` : ` for ${p.fromYear}–${p.toYear}`) : "";
  const kind = p?.contributionKind ? ` (${p.contributionKind})` : "";
  return `${stated}${span}${kind}`;
}

const groupValue = (v: number | string): string => (typeof v === "string" ? groupDigits(v) : String(v));

/** Why the records cannot decide a claim: each reason of a count (formatReason), or amounts that overlap. */
function undecidedWhy(v: ClaimValue | null): string[] {
  if (v?.kind === "count") return [...new Set(v.count.reasons.map(formatReason))];
  if ((v?.kind === "money" || v?.kind === "amount") && v.amount.certainty === "range") {
    return ["the records hold amounts whose periods overlap or reach beyond the claim's, so they bound it without deciding it"];
  }
  return [];
}

/** One sentence on a claim check: what the source states and what the records give. */
export function claimMessage(c: ClaimCheck): string {
  const stated = formatStated(c);
  const held = c.lastHeld ? `; it last held on ${c.lastHeld}` : "";
  switch (c.status) {
    case "not-computable":
      return `The records cannot compute ${c.claim.metric} for ${c.claim.partner}.`;
    case "holds":
      return `The source states ${stated}; the records agree as of ${c.asOf}.`;
    case "undecided": {
      const why = undecidedWhy(c.values.onAsOf);
      return `The source states ${stated}; the records show ${formatClaimValue(c.values.onAsOf)} as of ${c.asOf}, which allows it but does not decide it${why.length ? ` (${why.join("; ")})` : ""}.`;
    }
    case "drifted":
      return `The source states ${stated}, possible on ${c.claim.statedFor} (${formatClaimValue(c.values.onStatedDate)}); the records give ${formatClaimValue(c.values.onAsOf)} as of ${c.asOf}${held}.`;
    case "wrong":
      return `The source states ${stated}; the records give ${formatClaimValue(c.values.onStatedDate)} on ${c.claim.statedFor} and ${formatClaimValue(c.values.onAsOf)} as of ${c.asOf}${held}.`;
    case "inconsistent": {
      const i = c.inconsistency;
      if (i?.kind === "not-sum-of-parts") {
        return `The source states ${stated} as a total, but the parts it gives (${i.parts.join(", ")}) add up to ${groupValue(i.sum)}, a difference of ${groupValue(i.difference)}.`;
      }
      if (i?.kind === "exceeds-period-total") return `The source states ${stated}, more than the ${groupValue(i.limit)} it gives for the whole period (${i.within}).`;
      return `The source states ${stated}, which contradicts the same source's other figures.`;
    }
  }
}

const CLAIM_MARK: Record<ClaimCheck["status"], string> = {
  holds: "holds    ",
  drifted: "DRIFTED  ",
  wrong: "WRONG    ",
  undecided: "undecided",
  inconsistent: "INCONS.  ",
  "not-computable": "n/a      ",
};

export function claimMark(status: ClaimCheck["status"]): string {
  return CLAIM_MARK[status];
}

export function formatClaims(checks: readonly ClaimCheck[]): string {
  if (checks.length === 0) return "  (none)\n";
  return checks.map((c) => `  ${claimMark(c.status)}  ${c.claim.partner}  "${c.claim.text}"\n             ${claimMessage(c)}\n`).join("");
}

/** The claims command's headline: how many claims hold, drifted, are wrong, undecided, inconsistent, not computable. */
export function formatClaimTally(asOf: string, t: ClaimTally): string {
  return `Claims as of ${asOf}: ${t.holds} hold, ${t.drifted} drifted, ${t.wrong} wrong, ${t.undecided} undecided (the records allow the stated value but do not decide it), ${t.inconsistent} inconsistent, ${t.notComputable} cannot be computed`;
}

/** Every partner's claims under its name, in the order of the partners given. */
export function formatClaimsByPartner(checks: readonly ClaimCheck[], partners: readonly { id: string; name: string }[]): string {
  return partners
    .map((p) => {
      const own = checks.filter((c) => c.claim.partner === p.id);
      return own.length === 0 ? "" : `${p.name} (${p.id})\n${formatClaims(own)}`;
    })
    .join("");
}

export function formatProfile(p: PartnerProfile): string {
  const lines: string[] = [];
  lines.push(`${p.partner.name} (${p.partner.id}) — as of ${p.asOf}`);
  if (p.memberState) {
    const m = p.memberState;
    lines.push(
      `Member State ${m.code} / ${m.alpha3}, ${m.region}${m.memberSince ? `, member since ${formatPartialDate(m.memberSince)}` : ""}${m.founding ? " (founding member)" : ""}`,
    );
  }
  if (!p.curated) lines.push("No curated partnership records: the profile is built from the State's records.");
  const r = p.ratifications;
  if (r) {
    lines.push("");
    lines.push(
      `Ratifications: ${formatCount(r.total)} Conventions — fundamental ${formatCount(r.byCategory.fundamental)}, governance ${formatCount(r.byCategory.governance)}, technical ${formatCount(r.byCategory.technical)}; ${formatCount(r.protocols)} Protocol${r.protocols.low === 1 && r.protocols.high === 1 ? "" : "s"}`,
    );
    lines.push(
      `  in force ${formatCount(r.byStatus.inForce)}, not in force ${formatCount(r.byStatus.notInForce)}, denounced ${formatCount(r.byStatus.denounced)}, abrogated ${formatCount(r.byStatus.abrogated)}, withdrawn ${formatCount(r.byStatus.withdrawn)}`,
    );
    const why = explainCounts([
      ["Conventions", r.total],
      ["fundamental", r.byCategory.fundamental],
      ["governance", r.byCategory.governance],
      ["technical", r.byCategory.technical],
      ["Protocols", r.protocols],
      ["in force", r.byStatus.inForce],
    ]);
    for (const line of why) lines.push(`  why ${line}`);
    for (const row of r.rows) {
      lines.push(`  ${row.instrument.padEnd(8)} ${formatPartialDate(row.registeredOn).padEnd(11)}  ${row.category.padEnd(11)} ${rowStatusText(row)}  ${row.title}`);
    }
  }
  // Curated sections appear where records exist (every section for a partner with its own record).
  const c = p.contributions;
  const show = (n: number) => p.curated || n > 0;
  if (show(c.contributions.length)) {
    lines.push("");
    lines.push(
      `Contributions: ${c.totals.length ? c.totals.map(formatMoneyBounds).join(" + ") : "none recorded"}${c.approximate ? " (some amounts approximate)" : ""}${c.overlaps.length ? ` (periods overlap: ${c.overlaps.map(([a, b]) => `${a} and ${b}`).join(", ")}; the lower figure counts none twice)` : ""}`,
    );
    for (const x of c.contributions) {
      lines.push(
        `  ${formatPeriod(x.period)}  ${formatMoney(x.money)}${x.approximate ? " (approx.)" : ""}  ${x.channel}  ${x.recipient}`,
      );
    }
  }
  if (show(p.agreements.length)) {
    lines.push("");
    lines.push(`Agreements: ${p.agreements.length}`);
    for (const a of p.agreements) lines.push(`  ${formatPartialDate(a.signedOn).padEnd(11)}  ${a.title}`);
  }
  if (show(p.projects.length)) {
    lines.push("");
    lines.push(`Projects: ${p.projects.length}`);
    for (const x of p.projects) lines.push(`  ${x.status.padEnd(9)}  ${x.title}`);
  }
  if (show(p.countryProgrammes.length)) {
    lines.push("");
    lines.push(`Country programmes: ${p.countryProgrammes.length}`);
    for (const x of p.countryProgrammes) {
      const pr = x.programme;
      lines.push(`  ${formatPeriod(pr.period)}${x.current ? " (current)" : ""}  ${pr.title}`);
    }
  }
  if (show(p.claims.length)) {
    lines.push("");
    lines.push(`Claims: ${p.claims.length} (${p.headline.driftedClaims} drifted or wrong)`);
    lines.push(formatClaims(p.claims).trimEnd());
  }
  lines.push("");
  lines.push(`Sources: ${p.sources.length}`);
  for (const src of p.sources) lines.push(`  ${src.id.padEnd(28)} ${src.title}`);
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
