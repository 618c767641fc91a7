// Builds packages/dataset/data/*.json from the researched reference (../shared/reference beside
// the repository) and the hand-written facts in scripts/facts. Run: pnpm --filter @partnership-atlas/dataset generate
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EVIDENCE_ORDER, formatProblems, ratificationKey, validateDataset, weakestEvidence } from "@partnership-atlas/core";
import { COLLECTION_FILES } from "../src/files.js";
import { cell, parseCsv, present } from "./csv.js";
import {
  CHINA_AGREEMENTS,
  CHINA_CLAIMS,
  CHINA_CONTRIBUTIONS,
  CHINA_PARTNER,
  CHINA_PROGRAMMES,
  CHINA_PROJECTS,
  CHINA_RATIFICATIONS,
} from "./facts/china.js";
import { BRAZIL } from "./facts/brazil.js";
import { KOREA } from "./facts/korea.js";
import { mergePartnerMembership, mergePartnerRatifications } from "./facts/partner-facts.js";
import {
  COMPARATIVE_SOURCE,
  coverageRecords,
  mergeComparative,
  mergeExtras,
  mergeMembership,
} from "./facts/all-members.js";
import { otherRatifications } from "./facts/other-ratifications.js";
import { KEYED_SOURCES } from "./facts/sources.js";
import { THEMES } from "./facts/themes.js";
import type { EvidenceIn, InstrumentIn, MemberStateIn, RatificationIn, SourceIn } from "./facts/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, "..");
const repoRoot = resolve(packageDir, "../..");
const referenceDir = process.argv[2] ? resolve(process.argv[2]) : resolve(repoRoot, "../shared/reference");
const dataDir = resolve(packageDir, "data");

const readCsv = (name: string) => parseCsv(readFileSync(resolve(referenceDir, name), "utf8"));

type Ref = { source: string; field?: string; locator?: string };
// Core's evidence order, the one every rule uses.
const weakest = (...levels: EvidenceIn[]): EvidenceIn => weakestEvidence(...levels);
const strongest = (...levels: EvidenceIn[]): EvidenceIn =>
  levels.reduce<EvidenceIn>((best, l) => (EVIDENCE_ORDER.indexOf(l) < EVIDENCE_ORDER.indexOf(best) ? l : best), "unverified");

const sources = new Map<string, SourceIn>(KEYED_SOURCES.map((s) => [s.id, s]));
const kindOf = (id: string): "primary" | "secondary" => {
  const s = sources.get(id);
  if (!s) throw new Error(`unknown source key ${id}`);
  return s.kind;
};

// ---------- instruments ----------

/** `title/year:S02+S03; category:S01(...); status:S04` → { "title/year": ["s02","s03"], … }; MEM gives []. */
function sourceParts(text: string): Map<string, { keys: string[]; memory: boolean; raw: string }> {
  const out = new Map<string, { keys: string[]; memory: boolean; raw: string }>();
  for (const part of text.split(";")) {
    const i = part.indexOf(":");
    if (i < 0) continue;
    const field = part.slice(0, i).trim();
    const value = part.slice(i + 1);
    const bare = value.replace(/\([^)]*\)/g, " ");
    const keys = [...bare.matchAll(/\b(S\d{2}b?)\b/g)].map((m) => (m[1] ?? "").toLowerCase());
    out.set(field, { keys, memory: /MEM/.test(value) || keys.length === 0, raw: value.trim() });
  }
  return out;
}

const evidenceOfKeys = (keys: string[]): EvidenceIn =>
  keys.length === 0 ? "unverified" : strongest(...keys.map((k) => (kindOf(k) === "primary" ? "verified" : "secondary")));

const ILO_KINDS = new Set(["NORMLEX page", "ILO page", "ILO page (ITC-ILO)"]);

/**
 * Statuses that instruments-verification.csv found where instruments.csv has none (or one from
 * memory). Older ILOLEX classifications and "never entered into force" notes are not statuses
 * NORMLEX uses today, so they are left out.
 */
const VERIFIED_STATUS: Record<string, "interim" | "shelved" | "outdated" | "to-be-revised" | "up-to-date"> = {
  C030: "interim",
  C043: "shelved",
  C044: "shelved",
  C048: "shelved",
  C049: "shelved",
  C059: "outdated",
  C069: "to-be-revised",
  C079: "to-be-revised",
  C107: "outdated",
  C123: "outdated",
  C131: "up-to-date",
  C135: "up-to-date",
  C171: "up-to-date",
};

const PROTOCOL_TO: Record<string, string> = {
  P029: "C029",
  P081: "C081",
  P089: "C089",
  P110: "C110",
  P147: "C147",
  P155: "C155",
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "unknown";
  }
}

function buildInstruments(): InstrumentIn[] {
  const rows = readCsv("instruments.csv");
  const checks = new Map<string, Record<string, string>[]>();
  for (const row of readCsv("instruments-verification.csv")) {
    const list = checks.get(cell(row, "code")) ?? [];
    list.push(row);
    checks.set(cell(row, "code"), list);
  }
  const out: InstrumentIn[] = [];
  for (const row of rows) {
    const code = cell(row, "code");
    const refs: Ref[] = [];
    const ref = (source: string, field: string, locator?: string) => {
      if (!refs.some((r) => r.source === source && r.field === field)) refs.push({ source, field, ...(locator ? { locator } : {}) });
    };
    const notes: string[] = [];
    const parts = sourceParts(cell(row, "source"));

    // Title and year.
    const ty = parts.get("title/year") ?? parts.get("title/year/date");
    let titleEv: EvidenceIn = "unverified";
    let yearEv: EvidenceIn = "unverified";
    if (ty) {
      titleEv = yearEv = evidenceOfKeys(ty.keys);
      for (const k of ty.keys) ref(k, "title/yearAdopted");
    }
    if (code === "P081") {
      // title from memory; the year 1995 is mentioned by a secondary source (S20).
      yearEv = "secondary";
      ref("s20", "yearAdopted");
    }
    const found = checks.get(code) ?? [];
    found.forEach((check, i) => {
      const id = `iv-${code.toLowerCase()}${i > 0 ? `-${i + 1}` : ""}`;
      const ilo = ILO_KINDS.has(cell(check, "evidence_kind"));
      const url = cell(check, "source_url");
      sources.set(id, {
        id,
        title: `${check.title_as_found || code} (${check.evidence_kind})`.slice(0, 500),
        publisher: hostOf(url),
        kind: ilo ? "primary" : "secondary",
        ...(/^https?:\/\//.test(url) ? { url } : {}),
        note: `Checked for instruments-verification.csv.${check.note ? ` ${check.note}` : ""}`.slice(0, 2000),
      });
      const ev: EvidenceIn = ilo ? "verified" : "secondary";
      const fullMatch = check.matches_instruments_csv === "yes";
      yearEv = strongest(yearEv, ev);
      if (fullMatch) titleEv = strongest(titleEv, ev);
      ref(id, fullMatch ? "title/yearAdopted" : "yearAdopted");
    });

    let title = cell(row, "title");
    if (title.includes("[short title unverified]")) {
      title = title.replace(/\s*\[short title unverified\]/, "");
      titleEv = "unverified";
      notes.push("The exact short title is not verified.");
    }

    // Classification.
    const cat = parts.get("category");
    let classEv: EvidenceIn = cat && !/MEM/.test(cat.raw) ? evidenceOfKeys(cat.keys) : "unverified";
    for (const k of cat?.keys ?? []) ref(k, "classification");
    const category = row.category as "fundamental" | "governance" | "technical";
    let classification: InstrumentIn["classification"] = [{ category }];
    if (row.became_fundamental) {
      const fromDate = row.became_fundamental;
      classification = [
        { category: "technical", until: dayBefore(fromDate) },
        { category: "fundamental", from: fromDate },
      ];
      const bf = parts.get("became_fundamental");
      classEv = weakest(classEv, evidenceOfKeys(bf?.keys ?? []));
      for (const k of bf?.keys ?? []) ref(k, "classification");
    }

    // Status.
    const st = parts.get("status");
    const raw = cell(row, "status");
    let status: InstrumentIn["status"];
    let statusDate: string | undefined;
    let statusEv: EvidenceIn = st ? evidenceOfKeys(st.keys) : "unverified";
    const abrogated = /^(abrogated|withdrawn) \(ILC \d+th Session, (?:(June) )?(\d{4})\)/.exec(raw);
    if (raw.startsWith("up-to-date (unverified")) {
      status = "up-to-date";
      statusEv = "unverified";
    } else if (raw === "interim status") status = "interim";
    else if (raw === "shelved") status = "shelved";
    else if (raw.startsWith("outdated;")) {
      status = "outdated";
      notes.push(`${capitalise(raw.slice("outdated; ".length))}. Not recorded as abrogated or withdrawn until the outcome is verified.`);
    } else if (abrogated) {
      status = abrogated[1] as "abrogated" | "withdrawn";
      statusDate = abrogated[2] ? `${abrogated[3]}-06` : abrogated[3];
    } else if (raw) notes.push(`${capitalise(raw)}.`);
    if (status) for (const k of st?.keys ?? []) ref(k, "status");

    const better = VERIFIED_STATUS[code];
    if (better && (status === undefined || statusEv === "unverified")) {
      const check = present(found.find((c) => c.status_as_found), `status check for ${code}`);
      const idx = found.indexOf(check);
      const id = `iv-${code.toLowerCase()}${idx > 0 ? `-${idx + 1}` : ""}`;
      status = better;
      statusEv = ILO_KINDS.has(cell(check, "evidence_kind")) || /ilo\.org\/tokyo/.test(check.note ?? "") ? "verified" : "secondary";
      ref(id, "status", check.status_as_found);
    }

    const evidence = weakest(titleEv, yearEv);
    const fieldEvidence: Record<string, EvidenceIn> = {};
    if (titleEv !== evidence) fieldEvidence.title = titleEv;
    if (yearEv !== evidence) fieldEvidence.yearAdopted = yearEv;
    if (classEv !== evidence) fieldEvidence.classification = classEv;
    if (status && statusEv !== evidence) fieldEvidence.status = statusEv;

    const isProtocol = code.startsWith("P");
    out.push({
      code,
      kind: isProtocol ? "protocol" : "convention",
      number: Number(row.number),
      title,
      yearAdopted: Number(row.year_adopted),
      ...(isProtocol ? { protocolTo: PROTOCOL_TO[code] } : {}),
      classification,
      ...(status ? { status } : {}),
      ...(statusDate ? { statusDate } : {}),
      evidence,
      sources: refs,
      ...(Object.keys(fieldEvidence).length ? { fieldEvidence } : {}),
      ...(notes.length ? { note: notes.join(" ") } : {}),
    });
  }
  return out.sort((a, b) => (a.kind === b.kind ? a.number - b.number : a.kind === "convention" ? -1 : 1));
}

// ---------- member States ----------

function buildMemberStates(): MemberStateIn[] {
  return readCsv("member-states.csv")
    .map((row): MemberStateIn => {
      const refs: Ref[] = [{ source: "country-codes", field: "code/alpha3/name" }];
      const fieldEvidence: Record<string, EvidenceIn> = {};
      const regionSource = cell(row, "ilo_region_source");
      if (regionSource.startsWith("verified")) refs.push({ source: "m01", field: "region" });
      else {
        fieldEvidence.region = "unverified";
        if (regionSource.includes("M02")) refs.push({ source: "m02", field: "membership" });
      }
      const joinedSource = cell(row, "joined_source");
      const founding = /founding member/.test(cell(row, "notes"));
      if (row.joined) {
        if (joinedSource.startsWith("M03")) {
          fieldEvidence.memberSince = "secondary";
          refs.push({ source: "m03", field: "memberSince" });
        } else if (joinedSource.startsWith("S-CN")) {
          refs.push({ source: "c10", field: "memberSince/founding" }, { source: "c11", field: "memberSince/founding" });
        } else if (joinedSource.startsWith("M04")) refs.push({ source: "m04", field: "memberSince" });
        else if (joinedSource.startsWith("M05")) refs.push({ source: "m05", field: "memberSince" });
        else throw new Error(`unknown joined source for ${row.iso2}: ${joinedSource}`);
      }
      if (founding && !joinedSource.startsWith("S-CN")) {
        fieldEvidence.founding = "secondary";
        if (!refs.some((r) => r.source === "m03")) refs.push({ source: "m03", field: "founding" });
      }
      const notes = [row.notes, joinedSource.startsWith("M04") ? "The ILO admitted the Cook Islands in June 2015; one page gives 16 June." : ""]
        .filter(Boolean)
        .join(". ");
      return {
        code: cell(row, "iso2"),
        alpha3: cell(row, "iso3"),
        name: cell(row, "name"),
        region: row.ilo_region as MemberStateIn["region"],
        ...(row.joined ? { memberSince: row.joined } : {}),
        founding,
        evidence: "verified",
        sources: refs,
        ...(Object.keys(fieldEvidence).length ? { fieldEvidence } : {}),
        ...(notes ? { note: notes } : {}),
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

// ---------- China's ratifications ----------

function buildChinaRatifications(): RatificationIn[] {
  return readCsv("china-ratifications.csv").map((row) => {
    const code = cell(row, "code");
    const spec = CHINA_RATIFICATIONS[code];
    if (!spec) throw new Error(`no evidence table entry for China's ${code}`);
    const registeredOn = spec.registeredOn ?? cell(row, "ratified_on");
    return {
      state: "CN",
      instrument: code,
      registeredOn,
      history: spec.history.map((h) => ({
        status: h.status,
        from: h.from ?? registeredOn,
        ...(h.automaticBy ? { automaticBy: h.automaticBy } : {}),
        evidence: h.evidence,
        sources: h.sources,
        ...(h.note ? { note: h.note } : {}),
      })) as RatificationIn["history"],
      evidence: spec.evidence,
      sources: spec.sources,
      ...(spec.fieldEvidence ? { fieldEvidence: spec.fieldEvidence } : {}),
      ...(row.status_note ? { note: row.status_note } : {}),
    };
  });
}

// ---------- assemble, validate, write ----------

const instruments = buildInstruments();
const memberStates = buildMemberStates();
const china = buildChinaRatifications();
const others = otherRatifications(readCsv("ratifications-by-instrument.csv"), {
  instruments: new Set(instruments.map((i) => i.code)),
  states: new Set(memberStates.map((m) => m.code)),
  yearAdopted: new Map(instruments.map((i) => [i.code, i.yearAdopted])),
});
for (const s of others.sources) sources.set(s.id, s);
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

// Every member State: extra full-date rows, then the comparative table of the fundamental instruments.
const byKey = new Map([...china, ...others.ratifications].map((r) => [ratificationKey(r.state, r.instrument), r]));
const extraRows = readCsv("ratifications-extra.csv");
const extras = mergeExtras(extraRows, byKey, {
  states: new Set(memberStates.map((m) => m.code)),
  instruments: new Set(instruments.map((i) => i.code)),
});
for (const s of extras.sources) sources.set(s.id, s);
const comparative = mergeComparative(readCsv("normlex-fundamental-comparative.csv"), byKey, new Set(memberStates.map((m) => m.code)));
sources.set(COMPARATIVE_SOURCE.id, COMPARATIVE_SOURCE);
const membership = mergeMembership(memberStates, readCsv("membership-dates.csv"));

// Partners with curated records beyond China: their sources, and the facts that sharpen the
// records every State has (a deposit's day, a membership date), merged like the tables above.
const CURATED = [BRAZIL, KOREA];
for (const partner of CURATED) for (const src of partner.sources) sources.set(src.id, src);
const partnerMerges = CURATED.map((partner) => ({
  id: partner.partner.id,
  ratifications: mergePartnerRatifications(partner.facts.ratifications, byKey),
  membership: partner.facts.membership ? mergePartnerMembership(partner.facts.membership, memberStates) : "none",
}));
const c189 = extraRows.find((r) => r.instrument === "C189" && /swiss_fedlex/.test(r.source_kind ?? ""));
const coverage = coverageRecords(c189 ? extras.sourceOf(cell(c189, "source_url")) : null);

const ratifications = [...byKey.values()].sort((a, b) =>
  a.state === b.state ? (a.instrument < b.instrument ? -1 : 1) : a.state < b.state ? -1 : 1,
);

const dataset = {
  schemaVersion: 1,
  sources: byId([...sources.values()]),
  themes: byId(THEMES),
  instruments,
  memberStates,
  ratifications,
  partners: byId([CHINA_PARTNER, ...CURATED.map((p) => p.partner)]),
  agreements: byId([...CHINA_AGREEMENTS, ...CURATED.flatMap((p) => p.agreements)]),
  contributions: byId([...CHINA_CONTRIBUTIONS, ...CURATED.flatMap((p) => p.contributions)]),
  projects: byId([...CHINA_PROJECTS, ...CURATED.flatMap((p) => p.projects)]),
  countryProgrammes: byId([...CHINA_PROGRAMMES, ...CURATED.flatMap((p) => p.programmes)]),
  claims: byId([...CHINA_CLAIMS, ...CURATED.flatMap((p) => p.claims)]),
  coverage: byId(coverage),
};

const result = validateDataset(dataset);
for (const w of result.warnings) console.log(`warning: ${w.at}: ${w.message}`);
if (!result.ok) {
  console.error(`The generated dataset has ${result.problems.length} problem(s):\n${formatProblems(result.problems)}`);
  process.exit(1);
}

mkdirSync(dataDir, { recursive: true });
for (const [collection, file] of Object.entries(COLLECTION_FILES)) {
  writeFileSync(resolve(dataDir, file), `${JSON.stringify(dataset[collection as keyof typeof COLLECTION_FILES], null, 2)}\n`);
}
console.log(
  Object.entries(COLLECTION_FILES)
    .map(([c, f]) => `${f}: ${(dataset[c as keyof typeof COLLECTION_FILES] as unknown[]).length}`)
    .join("\n"),
);
for (const line of [...others.skipped, ...extras.skipped, ...comparative.skipped]) console.log(`skipped: ${line}`);
console.log(
  `extra rows: ${extras.added} added, ${extras.agreed} agreeing; comparative table: ${comparative.added} added, ${comparative.agreed} agreeing, ${comparative.conflicts.length + extras.conflicts.length} disagreeing`,
);
for (const m of partnerMerges) {
  console.log(
    `${m.id}: ratification facts ${m.ratifications.added} added, ${m.ratifications.agreed} agreeing, disagreeing: ${m.ratifications.conflicts.join("; ") || "none"}; membership ${m.membership}`,
  );
}
console.log(`membership: ${membership.filled} dates filled, ${membership.agreed} agreeing, disagreeing: ${membership.disagreed.join("; ") || "none"}`);
