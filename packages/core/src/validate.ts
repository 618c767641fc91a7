// validateDataset: schema checks per record, then the rules that span records. Never throws.
import { boundingCoverage } from "./coverage.js";
import { compareDates, firstDay, lastDay, yearOf } from "./dates.js";
import { describeCollection } from "./fields.js";
import { ratificationId } from "./ids.js";
import { RECORD_NOUN, recordKey } from "./keys.js";
import { compareDecimals, sumDecimals } from "./money.js";
import { type PathSegment, type Problem, problem, zodProblems } from "./problems.js";
import {
  type AnyRecord,
  COLLECTIONS,
  type CollectionName,
  DATASET_SCHEMA_VERSION,
  type Dataset,
  RECORD_SCHEMAS,
  type RecordOf,
  type Share,
} from "./records.js";

/**
 * The outcome of a validation. `problems` must be fixed before the data is used; `warnings` are
 * for a curator to look at (sources that disagree) and do not stop the data being used.
 */
export type ValidationResult =
  | { ok: true; dataset: Dataset; problems: []; warnings: Problem[] }
  | { ok: false; dataset?: undefined; problems: Problem[]; warnings: Problem[] };

interface Indexed<T> {
  index: number;
  record: T;
}
type Parsed = { [C in CollectionName]: Indexed<RecordOf<C>>[] };

/**
 * Checks a whole dataset: every record against its schema, then the rules that span
 * records (references resolve, ids are unique, dates are in order, shares add up…).
 * Returns every problem with its JSON path and a sentence a curator can act on.
 * Never throws, whatever `input` is.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    return validateUnsafe(input);
  } catch (error) {
    return {
      ok: false,
      problems: [problem([], "internal", `the data could not be checked (${(error as Error)?.message ?? String(error)})`)],
      warnings: [],
    };
  }
}

/**
 * The dataset envelope's problems: the schema version this core reads, and no key that is not
 * a collection. The one envelope check, for whole datasets and for merge files alike.
 */
export function envelopeProblems(obj: Readonly<Record<string, unknown>>): Problem[] {
  const problems: Problem[] = [];
  if (obj.schemaVersion !== DATASET_SCHEMA_VERSION) {
    problems.push(
      problem(["schemaVersion"], "schema", `schemaVersion must be ${DATASET_SCHEMA_VERSION} (found ${JSON.stringify(obj.schemaVersion) ?? "nothing"})`),
    );
  }
  for (const key of Object.keys(obj)) {
    if (key !== "schemaVersion" && !(COLLECTIONS as readonly string[]).includes(key)) {
      problems.push(problem([key], "schema", `"${key}" is not a list this dataset can hold; expected one of ${COLLECTIONS.join(", ")}`));
    }
  }
  return problems;
}

function validateUnsafe(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [problem([], "not-a-dataset", "the file is not a dataset: expected a JSON object with schemaVersion and the record lists")],
      warnings: [],
    };
  }
  const obj = input as Record<string, unknown>;
  problems.push(...envelopeProblems(obj));
  const parsed = {} as Parsed;
  for (const c of COLLECTIONS) {
    const list = obj[c];
    const good: Indexed<unknown>[] = [];
    (parsed as Record<string, Indexed<unknown>[]>)[c] = good;
    if (!Array.isArray(list)) {
      problems.push(problem([c], "schema", list === undefined ? `the list "${c}" is missing; add it (it may be empty: [])` : `"${c}" must be a list of records`));
      continue;
    }
    list.forEach((item, index) => {
      const r = RECORD_SCHEMAS[c].safeParse(item, { reportInput: true });
      if (r.success) good.push({ index, record: r.data });
      else problems.push(...zodProblems(r.error, [c, index]));
    });
  }
  const warnings: Problem[] = [];
  problems.push(...crossRecordProblems(parsed, warnings));
  if (problems.length > 0) return { ok: false, problems, warnings };
  return { ok: true, dataset: datasetOf(parsed), problems: [], warnings };
}

function datasetOf(parsed: Parsed): Dataset {
  const dataset = { schemaVersion: DATASET_SCHEMA_VERSION } as Dataset;
  for (const c of COLLECTIONS) (dataset as Record<string, unknown>)[c] = parsed[c].map((x) => x.record);
  return dataset;
}

/** The cross-record rules alone, on records that already passed their schemas. */
export function checkDatasetRules(dataset: Dataset): Problem[] {
  return crossRecordProblems(parsedOf(dataset), []);
}

/** The warnings alone (sources that disagree), on records that already passed their schemas. */
export function datasetWarnings(dataset: Dataset): Problem[] {
  const warnings: Problem[] = [];
  crossRecordProblems(parsedOf(dataset), warnings);
  return warnings;
}

function parsedOf(dataset: Dataset): Parsed {
  const parsed = {} as Parsed;
  for (const c of COLLECTIONS) {
    (parsed as Record<string, Indexed<unknown>[]>)[c] = dataset[c].map((record, index) => ({ index, record }));
  }
  return parsed;
}

/** Whether two dates of any precision can mean the same day. */
function datesAgree(a: string, b: string): boolean {
  return firstDay(a) <= lastDay(b) && firstDay(b) <= lastDay(a);
}

function sharesProblem(shares: readonly Share[] | readonly { percent?: string }[], path: PathSegment[], what: string): Problem | null {
  const percents = shares.map((s) => s.percent);
  if (percents.every((p) => p === undefined)) return null;
  if (percents.some((p) => p === undefined)) {
    return problem(path, "shares-sum", `either every ${what} has a percent or none does; add the missing percentages`);
  }
  const total = sumDecimals(percents as string[]);
  if (compareDecimals(total, "100") !== 0) {
    return problem(path, "shares-sum", `the ${what} percentages add up to ${total}, not 100; correct them so they sum to 100`);
  }
  return null;
}

function crossRecordProblems(p: Parsed, warnings: Problem[]): Problem[] {
  const out: Problem[] = [];
  const keys = {} as Record<CollectionName, Map<string, number>>;

  // Unique keys per collection.
  for (const c of COLLECTIONS) {
    const seen = new Map<string, number>();
    for (const { index, record } of p[c] as Indexed<RecordOf<typeof c>>[]) {
      const key = recordKey(c, record);
      const first = seen.get(key);
      if (first !== undefined) {
        out.push(
          problem([c, index], "duplicate-id", `the ${RECORD_NOUN[c]} "${key}" is already defined at ${c}[${first}]; give this one another id or merge the two`),
        );
      } else seen.set(key, index);
    }
    keys[c] = seen;
  }

  const has = (c: CollectionName, key: string) => keys[c].has(key);
  const dangling = (path: PathSegment[], noun: string, key: string, list: CollectionName) =>
    problem(path, "dangling-reference", `refers to ${noun} "${key}", which is not in ${list}; add it there or correct the reference`);

  // Sources and evidence on every fact-bearing record.
  for (const c of COLLECTIONS) {
    // The field descriptor says which collections carry evidence (all but sources and themes).
    if (describeCollection(c).evidenceFields.length === 0) continue;
    for (const { index, record } of p[c] as Indexed<AnyRecord>[]) {
      const checkAttested = (att: { evidence: string; sources: { source: string }[] }, path: PathSegment[]) => {
        att.sources.forEach((ref, i) => {
          if (!has("sources", ref.source)) out.push(dangling([...path, "sources", i, "source"], "source", ref.source, "sources"));
        });
        if ((att.evidence === "verified" || att.evidence === "secondary") && att.sources.length === 0) {
          out.push(
            problem([...path, "sources"], "missing-source", `evidence is "${att.evidence}" but no source is given; add the source that vouches for it, or mark it unverified`),
          );
        }
      };
      if ("evidence" in record) checkAttested(record, [c, index]);
      if (c === "ratifications") {
        for (const [i, h] of (record as RecordOf<"ratifications">).history.entries()) checkAttested(h, [c, index, "history", i]);
      }
      if (c === "partners") {
        for (const [i, s] of (record as RecordOf<"partners">).sections.entries()) checkAttested(s, [c, index, "sections", i]);
      }
    }
  }

  const themeRefs = (themes: readonly string[], path: PathSegment[]) =>
    themes.forEach((t, i) => {
      if (!has("themes", t)) out.push(dangling([...path, "themes", i], "theme", t, "themes"));
    });
  const partnerRef = (partner: string, path: PathSegment[]) => {
    if (!has("partners", partner)) out.push(dangling([...path, "partner"], "partner", partner, "partners"));
  };

  // Instruments: classification periods in order and not overlapping; protocols point at conventions.
  const instruments = new Map(p.instruments.map((x) => [x.record.code as string, x.record]));
  for (const { index, record: ins } of p.instruments) {
    const path: PathSegment[] = ["instruments", index];
    if ((ins.kind === "protocol") !== ins.code.startsWith("P")) {
      out.push(problem([...path, "kind"], "inconsistent", `${ins.code} is a ${ins.code.startsWith("P") ? "protocol" : "convention"} code but kind is "${ins.kind}"; make them agree`));
    }
    if (ins.protocolTo !== undefined && !instruments.has(ins.protocolTo)) {
      out.push(dangling([...path, "protocolTo"], "instrument", ins.protocolTo, "instruments"));
    }
    ins.classification.forEach((period, i) => {
      if (period.from && period.until && period.until < period.from) {
        out.push(problem([...path, "classification", i, "until"], "date-order", `the period ends (${period.until}) before it starts (${period.from}); swap or correct the dates`));
      }
      const prev = ins.classification[i - 1];
      if (prev) {
        if (prev.until === undefined || period.from === undefined || period.from <= prev.until) {
          out.push(
            problem([...path, "classification", i, "from"], "classification-overlap", `this classification period overlaps the one before it; end the earlier one (until) before this one starts (from)`),
          );
        }
      }
    });
    if (ins.statusDate !== undefined && ins.status !== "abrogated" && ins.status !== "withdrawn") {
      out.push(problem([...path, "statusDate"], "inconsistent", `statusDate is only for abrogated or withdrawn instruments; remove it or set status`));
    }
  }

  // Partners: a member State partner is that State, under its lower-case code.
  for (const { index, record: partner } of p.partners) {
    const path: PathSegment[] = ["partners", index];
    themeRefs(partner.themes, path);
    if (partner.kind === "member-state") {
      if (!has("memberStates", partner.state)) out.push(dangling([...path, "state"], "member State", partner.state, "memberStates"));
      if (partner.id !== partner.state.toLowerCase()) {
        out.push(problem([...path, "id"], "inconsistent", `a member State's partner id is its code in lower case; use "${partner.state.toLowerCase()}"`));
      }
    }
  }

  // Coverage: the States and instruments it names exist.
  for (const { index, record: c } of p.coverage) {
    const path: PathSegment[] = ["coverage", index, "scope"];
    if (c.scope.states.kind === "list") {
      c.scope.states.codes.forEach((code, i) => {
        if (!has("memberStates", code)) out.push(dangling([...path, "states", "codes", i], "member State", code, "memberStates"));
      });
    }
    if (c.scope.instruments.kind === "list") {
      c.scope.instruments.codes.forEach((code, i) => {
        if (!instruments.has(code)) out.push(dangling([...path, "instruments", "codes", i], "instrument", code, "instruments"));
      });
    }
  }

  // Ratifications: State and instrument exist; history in date order and not before registration.
  const dataset = datasetOf(p);
  const ratifiedOn = new Map(p.ratifications.map((x) => [ratificationId(x.record.state, x.record.instrument), x.record.registeredOn]));
  for (const { index, record: r } of p.ratifications) {
    const path: PathSegment[] = ["ratifications", index];
    if (!has("memberStates", r.state)) out.push(dangling([...path, "state"], "member State", r.state, "memberStates"));
    const ins = instruments.get(r.instrument);
    if (!ins) out.push(dangling([...path, "instrument"], "instrument", r.instrument, "instruments"));
    else {
      for (const c of boundingCoverage(dataset, r)) {
        if (firstDay(r.registeredOn) > c.completeAsOf) {
          out.push(
            problem([...path, "registeredOn"], "out-of-bounds", `registered ${r.registeredOn}, but its source is complete only up to ${c.completeAsOf} (coverage "${c.id}"); correct the date or the source`),
          );
        }
      }
    }
    r.reportedDates?.forEach((rd, i) => {
      const rp: PathSegment[] = [...path, "reportedDates", i];
      if (!has("sources", rd.source)) out.push(dangling([...rp, "source"], "source", rd.source, "sources"));
      else if (!datesAgree(rd.date, r.registeredOn)) {
        const own = r.sources.map((s) => s.source).join(", ") || "no source";
        warnings.push(
          problem(rp, "conflicting-sources", `${r.state}'s ratification of ${r.instrument}: registeredOn ${r.registeredOn} (${own}) disagrees with ${rd.date} (${rd.source}); check both sources and correct the record or drop the wrong date`),
        );
      }
    });
    if (ins && yearOf(r.registeredOn) < ins.yearAdopted) {
      out.push(problem([...path, "registeredOn"], "date-order", `${r.instrument} was adopted in ${ins.yearAdopted}; it cannot be ratified on ${r.registeredOn}`));
    }
    r.history.forEach((h, i) => {
      const hp = [...path, "history", i, "from"];
      if (lastDay(h.from) < firstDay(r.registeredOn)) {
        out.push(
          problem(hp, h.status === "denounced" ? "denounced-before-ratified" : "date-order",
            `the status "${h.status}" from ${h.from} is dated before the ratification was registered (${r.registeredOn}); correct one of the two dates`),
        );
      }
      const prev = r.history[i - 1];
      if (prev && compareDates(h.from, prev.from) < 0) {
        out.push(problem(hp, "date-order", `status history must be in date order: ${h.from} comes before the previous entry's ${prev.from}; reorder the entries`));
      }
      if (h.status === "denounced" && h.automaticBy !== undefined) {
        if (!instruments.has(h.automaticBy)) out.push(dangling([...path, "history", i, "automaticBy"], "instrument", h.automaticBy, "instruments"));
        else {
          const by = ratifiedOn.get(ratificationId(r.state, h.automaticBy));
          if (by === undefined) {
            out.push(problem([...path, "history", i, "automaticBy"], "dangling-reference", `automatic denunciation by ${h.automaticBy} needs ${r.state}'s ratification of ${h.automaticBy} in ratifications; add it or correct the instrument`));
          } else if (lastDay(h.from) < firstDay(by)) {
            out.push(problem(hp, "date-order", `the automatic denunciation (${h.from}) comes before ${r.state} ratified ${h.automaticBy} (${by}); correct the date`));
          }
        }
      }
    });
  }

  // Agreements.
  const agreementDates = new Map(p.agreements.map((x) => [x.record.id as string, x.record.signedOn as string]));
  for (const { index, record: a } of p.agreements) {
    const path: PathSegment[] = ["agreements", index];
    partnerRef(a.partner, path);
    themeRefs(a.themes, path);
    if (!a.parties.some((party) => party.role === "ilo")) {
      out.push(problem([...path, "parties"], "inconsistent", `an agreement needs the ILO among its parties; add a party with role "ilo"`));
    }
    if (a.amends !== undefined) {
      const amended = agreementDates.get(a.amends);
      if (amended === undefined) out.push(dangling([...path, "amends"], "agreement", a.amends, "agreements"));
      else if (a.amends === a.id) out.push(problem([...path, "amends"], "inconsistent", "an agreement cannot amend itself"));
      else if (compareDates(a.signedOn, amended) < 0) {
        out.push(problem([...path, "signedOn"], "date-order", `this amendment (${a.signedOn}) is dated before the agreement it amends (${amended}); correct the date`));
      }
    }
  }

  // Contributions.
  for (const { index, record: c } of p.contributions) {
    const path: PathSegment[] = ["contributions", index];
    partnerRef(c.partner, path);
    if (c.period.to < c.period.from) {
      out.push(problem([...path, "period", "to"], "date-order", `the period ends (${c.period.to}) before it starts (${c.period.from}); correct the years`));
    }
    if (c.usd && !has("sources", c.usd.rateSource)) out.push(dangling([...path, "usd", "rateSource"], "source", c.usd.rateSource, "sources"));
    if (c.usd && c.money.currency === "USD") {
      out.push(problem([...path, "usd"], "inconsistent", "the amount is already in US dollars; remove the usd equivalent"));
    }
    if (c.allocation) {
      const sp = sharesProblem(c.allocation, [...path, "allocation"], "allocation");
      if (sp) out.push(sp);
    }
  }

  // Projects.
  for (const { index, record: pr } of p.projects) {
    const path: PathSegment[] = ["projects", index];
    partnerRef(pr.partner, path);
    themeRefs(pr.themes, path);
    pr.funders.forEach((f, i) => {
      if (f.partner !== undefined && !has("partners", f.partner)) out.push(dangling([...path, "funders", i, "partner"], "partner", f.partner, "partners"));
    });
    const sp = sharesProblem(pr.funders, [...path, "funders"], "funder");
    if (sp) out.push(sp);
    pr.beneficiaries.forEach((b, i) => {
      if (!has("memberStates", b)) out.push(dangling([...path, "beneficiaries", i], "member State", b, "memberStates"));
    });
    if (pr.start && pr.end && compareDates(pr.end, pr.start) < 0) {
      out.push(problem([...path, "end"], "date-order", `the project ends (${pr.end}) before it starts (${pr.start}); correct the dates`));
    }
  }

  // Country programmes.
  for (const { index, record: cp } of p.countryProgrammes) {
    const path: PathSegment[] = ["countryProgrammes", index];
    partnerRef(cp.partner, path);
    if (!has("memberStates", cp.state)) out.push(dangling([...path, "state"], "member State", cp.state, "memberStates"));
    if (cp.period.to !== undefined && cp.period.to < cp.period.from) {
      out.push(problem([...path, "period", "to"], "date-order", `the programme ends (${cp.period.to}) before it starts (${cp.period.from}); correct the years`));
    }
  }

  // Claims: the metric applies to the partner and the stated value has the metric's type.
  const partners = new Map(p.partners.map((x) => [x.record.id as string, x.record]));
  const claimsById = new Map(p.claims.map((x) => [x.record.id as string, x.record]));
  for (const { index, record: cl } of p.claims) {
    const path: PathSegment[] = ["claims", index];
    partnerRef(cl.partner, path);
    const partner = partners.get(cl.partner);
    const family = cl.metric.split(".")[0];
    if (partner && partner.kind !== "member-state" && (family === "ratifications" || family === "membership")) {
      out.push(problem([...path, "metric"], "metric-mismatch", `${cl.metric} applies only to member States, and ${cl.partner} is not one; bind the claim to another metric`));
    }
    const wantType = cl.metric === "membership.founding" ? "boolean" : cl.metric === "contributions.total" ? "decimal" : "count";
    const gotType = typeof cl.stated === "boolean" ? "boolean" : typeof cl.stated === "number" ? "count" : "decimal";
    if (wantType !== gotType) {
      const example = wantType === "boolean" ? "true or false" : wantType === "decimal" ? 'a decimal string such as "5200000"' : "a whole number";
      out.push(problem([...path, "stated"], "metric-mismatch", `${cl.metric} is ${wantType === "count" ? "a count" : wantType === "decimal" ? "an amount" : "yes or no"}; state it as ${example}`));
    }
    if (cl.metric === "contributions.total" && !cl.params?.currency) {
      out.push(problem([...path, "params", "currency"], "metric-mismatch", "contributions.total needs params.currency (the currency of the stated amount, e.g. USD)"));
    }
    if (cl.params?.fromYear !== undefined && cl.params.toYear !== undefined && cl.params.toYear < cl.params.fromYear) {
      out.push(problem([...path, "params", "toYear"], "date-order", `toYear (${cl.params.toYear}) is before fromYear (${cl.params.fromYear}); correct the years`));
    }
    // A total's parts and a yearly figure's period: claims of the same partner, stating the same kind of value.
    const related: [PathSegment[], string][] = [
      ...(cl.parts ?? []).map((id, i): [PathSegment[], string] => [[...path, "parts", i], id]),
      ...(cl.within !== undefined ? [[[...path, "within"], cl.within] as [PathSegment[], string]] : []),
    ];
    for (const [at, id] of related) {
      const other = claimsById.get(id);
      if (!other) out.push(dangling(at, "claim", id, "claims"));
      else if (id === cl.id) out.push(problem(at, "metric-mismatch", `claim ${cl.id} cannot be its own part or period; name another claim`));
      else if (other.partner !== cl.partner) out.push(problem(at, "metric-mismatch", `claim ${id} is about ${other.partner}, not ${cl.partner}; name a claim of the same partner`));
      else if (typeof other.stated !== typeof cl.stated || typeof cl.stated === "boolean") {
        out.push(problem(at, "metric-mismatch", `claim ${id} states ${typeof other.stated === "string" ? "an amount" : typeof other.stated === "number" ? "a count" : "yes or no"}; a total and its parts must state amounts or counts alike`));
      }
    }
  }

  return out;
}
