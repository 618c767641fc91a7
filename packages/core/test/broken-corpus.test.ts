// Every kind of broken dataset a curator can produce yields the expected problem, with its path.
import { describe, expect, it } from "vitest";
import { type ProblemCode, validateDataset } from "../src/index.js";
import { type SampleDatasetInput as FixtureInput, sampleDatasetInput as fixtureInput } from "../src/sample.js";

// biome-ignore lint/suspicious/noExplicitAny: the corpus writes deliberately wrong values into the fixture
type Loose = any;

interface Case {
  name: string;
  mutate: (d: Loose) => unknown;
  at: string;
  code: ProblemCode;
  says: RegExp;
}

const cases: Case[] = [
  { name: "unknown instrument code in a ratification", mutate: (d) => { d.ratifications[0].instrument = "C999"; }, at: "ratifications[0].instrument", code: "dangling-reference", says: /instrument "C999"/ },
  { name: "malformed instrument code", mutate: (d) => { d.instruments[0].code = "C29"; }, at: "instruments[0].code", code: "schema", says: /NORMLEX instrument code/ },
  { name: "duplicate instrument", mutate: (d) => { d.instruments.push({ ...d.instruments[1] }); }, at: "instruments[8]", code: "duplicate-id", says: /"C100" is already defined at instruments\[1\]/ },
  { name: "duplicate agreement id", mutate: (d) => { d.agreements[1].id = d.agreements[0].id; }, at: "agreements[1]", code: "duplicate-id", says: /already defined/ },
  { name: "duplicate ratification (same State and instrument)", mutate: (d) => { d.ratifications.push(structuredClone(d.ratifications[0])); }, at: "ratifications[7]", code: "duplicate-id", says: /CN-C100/ },
  { name: "impossible date (30 February)", mutate: (d) => { d.ratifications[0].registeredOn = "2022-02-30"; }, at: "ratifications[0].registeredOn", code: "schema", says: /2022-02-30 is not a real calendar date/ },
  { name: "date in the wrong format", mutate: (d) => { d.agreements[0].signedOn = "27/04/2019"; }, at: "agreements[0].signedOn", code: "schema", says: /YYYY-MM-DD/ },
  { name: "impossible month in a partial date", mutate: (d) => { d.agreements[1].signedOn = "2019-13"; }, at: "agreements[1].signedOn", code: "schema", says: /not a real calendar date/ },
  { name: "denunciation before ratification", mutate: (d) => { d.ratifications[3].history[1].from = "1930-01-01"; }, at: "ratifications[3].history[1].from", code: "denounced-before-ratified", says: /before the ratification was registered/ },
  { name: "status history out of order", mutate: (d) => { d.ratifications[6].history[1].from = "2022-08-01"; d.ratifications[6].registeredOn = "2022-07-01"; d.ratifications[6].history[0].from = "2022-08-12"; }, at: "ratifications[6].history[1].from", code: "date-order", says: /date order/ },
  { name: "automatic denunciation by an instrument the State never ratified", mutate: (d) => { d.ratifications[3].history[1].automaticBy = "P029"; }, at: "ratifications[3].history[1].automaticBy", code: "dangling-reference", says: /needs CN's ratification of P029/ },
  { name: "automatic denunciation before the denouncing ratification", mutate: (d) => { d.ratifications[3].history[1].automaticBy = "C029"; d.ratifications[3].history[1].from = "2021-01-01"; }, at: "ratifications[3].history[1].from", code: "date-order", says: /before CN ratified C029/ },
  { name: "automatic denunciation by an unknown instrument", mutate: (d) => { d.ratifications[3].history[1].automaticBy = "C998"; }, at: "ratifications[3].history[1].automaticBy", code: "dangling-reference", says: /instrument "C998"/ },
  { name: "ratified before the instrument was adopted", mutate: (d) => { d.ratifications[6].registeredOn = "1920-01-01"; d.ratifications[6].history[0].from = "1920-01-01"; }, at: "ratifications[6].registeredOn", code: "date-order", says: /adopted in 1930/ },
  { name: "negative amount", mutate: (d) => { d.contributions[0].money.amount = "-5"; }, at: "contributions[0].money.amount", code: "schema", says: /must not be negative/ },
  { name: "amount as a binary float number", mutate: (d) => { d.contributions[0].money.amount = 5200000.1; }, at: "contributions[0].money.amount", code: "schema", says: /decimal number written as a string/ },
  { name: "amount with two points", mutate: (d) => { d.contributions[0].money.amount = "5.200.000"; }, at: "contributions[0].money.amount", code: "schema", says: /at most one point/ },
  { name: "unknown currency", mutate: (d) => { d.contributions[0].money.currency = "USN1"; }, at: "contributions[0].money.currency", code: "schema", says: /not an ISO 4217 currency code/ },
  { name: "made-up three-letter currency", mutate: (d) => { d.contributions[1].money.currency = "ABC"; }, at: "contributions[1].money.currency", code: "schema", says: /"ABC" is not an ISO 4217/ },
  { name: "unknown country in a ratification", mutate: (d) => { d.ratifications[0].state = "ZZ"; }, at: "ratifications[0].state", code: "dangling-reference", says: /member State "ZZ"/ },
  { name: "lower-case country code", mutate: (d) => { d.memberStates[1].code = "kh"; }, at: "memberStates[1].code", code: "schema", says: /alpha-2 code in capitals/ },
  { name: "unknown beneficiary country", mutate: (d) => { d.projects[0].beneficiaries.push("XX"); }, at: "projects[0].beneficiaries[1]", code: "dangling-reference", says: /member State "XX"/ },
  { name: "allocation shares not summing to 100", mutate: (d) => { d.contributions[1].allocation[1].percent = "30"; }, at: "contributions[1].allocation", code: "shares-sum", says: /add up to 90, not 100/ },
  { name: "funder shares not summing to 100", mutate: (d) => { d.projects[0].funders.push({ name: "Other", percent: "10" }); }, at: "projects[0].funders", code: "shares-sum", says: /add up to 110/ },
  { name: "some funders with a share and some without", mutate: (d) => { d.projects[0].funders.push({ name: "Other" }); }, at: "projects[0].funders", code: "shares-sum", says: /every funder has a percent or none/ },
  { name: "agreement of an unknown partner", mutate: (d) => { d.agreements[0].partner = "fr"; }, at: "agreements[0].partner", code: "dangling-reference", says: /partner "fr"/ },
  { name: "dangling source reference", mutate: (d) => { d.agreements[0].sources[0].source = "nope"; }, at: "agreements[0].sources[0].source", code: "dangling-reference", says: /source "nope"/ },
  { name: "dangling theme reference", mutate: (d) => { d.projects[0].themes.push("astrology"); }, at: "projects[0].themes[1]", code: "dangling-reference", says: /theme "astrology"/ },
  { name: "amendment of an unknown agreement", mutate: (d) => { d.agreements[1].kind = "amendment"; d.agreements[1].amends = "cn-2001-mou"; }, at: "agreements[1].amends", code: "dangling-reference", says: /agreement "cn-2001-mou"/ },
  { name: "wrong evidence value", mutate: (d) => { d.agreements[0].evidence = "probably"; }, at: "agreements[0].evidence", code: "schema", says: /verified, secondary, derived, unverified/ },
  { name: "verified fact without a source", mutate: (d) => { d.agreements[0].sources = []; }, at: "agreements[0].sources", code: "missing-source", says: /no source is given/ },
  { name: "claim bound to a metric core cannot compute", mutate: (d) => { d.claims[0].metric = "ratifications.happiness"; }, at: "claims[0].metric", code: "schema", says: /not a metric core can compute/ },
  { name: "claim stating an amount as a count", mutate: (d) => { d.claims[3].stated = 5200000; }, at: "claims[3].stated", code: "metric-mismatch", says: /an amount; state it as a decimal string/ },
  { name: "money claim without a currency", mutate: (d) => { d.claims[3].params = { fromYear: 2018, toYear: 2022 }; }, at: "claims[3].params.currency", code: "metric-mismatch", says: /needs params.currency/ },
  { name: "classification periods overlapping", mutate: (d) => { d.instruments[5].classification[1].from = "2022-06-01"; }, at: "instruments[5].classification[1].from", code: "classification-overlap", says: /overlaps/ },
  { name: "protocol code with kind convention", mutate: (d) => { d.instruments[7].kind = "convention"; }, at: "instruments[7].kind", code: "inconsistent", says: /protocol code/ },
  { name: "contribution period ending before it starts", mutate: (d) => { d.contributions[0].period = { from: 2022, to: 2018 }; }, at: "contributions[0].period.to", code: "date-order", says: /ends \(2018\) before it starts \(2022\)/ },
  { name: "project ending before it starts", mutate: (d) => { d.projects[0].end = "2018-05"; }, at: "projects[0].end", code: "date-order", says: /ends \(2018-05\) before/ },
  { name: "missing required field", mutate: (d) => { delete d.agreements[0].title; }, at: "agreements[0].title", code: "schema", says: /title is required but missing/ },
  { name: "misspelt field", mutate: (d) => { d.agreements[0].signedon = "2019-04-27"; }, at: "agreements[0]", code: "schema", says: /unknown field "signedon"/ },
  { name: "unknown partner kind", mutate: (d) => { d.partners[0].kind = "planet"; }, at: "partners[0].kind", code: "schema", says: /kind/ },
  { name: "agreement without the ILO as a party", mutate: (d) => { d.agreements[0].parties[0].role = "other"; }, at: "agreements[0].parties", code: "inconsistent", says: /ILO among its parties/ },
  { name: "member State partner under another id", mutate: (d) => { d.partners[0].id = "china"; d.agreements.forEach((a: Loose) => { a.partner = "china"; }); d.contributions.forEach((c: Loose) => { c.partner = "china"; }); d.projects[0].partner = "china"; d.projects[0].funders[0].partner = "china"; d.countryProgrammes.forEach((c: Loose) => { c.partner = "china"; }); d.claims.forEach((c: Loose) => { c.partner = "china"; }); }, at: "partners[0].id", code: "inconsistent", says: /use "cn"/ },
  { name: "a whole list missing", mutate: (d) => { delete d.claims; }, at: "claims", code: "schema", says: /list "claims" is missing/ },
  { name: "wrong schema version", mutate: (d) => { d.schemaVersion = 7; }, at: "schemaVersion", code: "schema", says: /must be 1/ },
  { name: "not an object at all", mutate: () => [1, 2, 3], at: "(root)", code: "not-a-dataset", says: /not a dataset/ },
  { name: "coverage naming an unknown instrument", mutate: (d) => { d.coverage[0].scope.instruments = { kind: "list", codes: ["C100", "C999"] }; }, at: "coverage[0].scope.instruments.codes[1]", code: "dangling-reference", says: /instrument "C999"/ },
  { name: "coverage naming an unknown State", mutate: (d) => { d.coverage[0].scope.states.codes.push("ZZ"); }, at: "coverage[0].scope.states.codes[1]", code: "dangling-reference", says: /member State "ZZ"/ },
  { name: "coverage with a misspelt scope kind", mutate: (d) => { d.coverage[0].scope.instruments = { kind: "every" }; }, at: "coverage[0].scope.instruments.kind", code: "schema", says: /kind/ },
  { name: "partial registration after its source's completeness date", mutate: (d) => { d.ratifications[5].registeredOn = "2027"; d.ratifications[5].history = []; d.coverage[0].sources = [{ source: "s19" }]; d.coverage[0].completeAsOf = "2026-06-04"; }, at: "ratifications[5].registeredOn", code: "out-of-bounds", says: /complete only up to 2026-06-04/ },
  { name: "text in place of a list", mutate: (d) => { d.projects = "none"; }, at: "projects", code: "schema", says: /must be a list/ },
];

describe("validateDataset on broken datasets", () => {
  it("has a corpus of at least 30 distinct breakages", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it("accepts the unbroken fixture with zero problems", () => {
    expect(validateDataset(fixtureInput()).problems).toEqual([]);
  });

  for (const c of cases) {
    it(`${c.name} → ${c.code} at ${c.at}`, () => {
      const input: FixtureInput = fixtureInput();
      const replaced = c.mutate(input);
      let result: ReturnType<typeof validateDataset> | undefined;
      expect(() => {
        result = validateDataset(replaced ?? input);
      }).not.toThrow();
      expect(result?.ok).toBe(false);
      const match = result?.problems.find((p) => p.at === c.at && p.code === c.code);
      expect(match, `problems were:\n${result?.problems.map((p) => `${p.at} [${p.code}] ${p.message}`).join("\n")}`).toBeDefined();
      expect(match?.message).toMatch(c.says);
      expect(match?.path.length).toBe(c.at === "(root)" ? 0 : match?.path.length);
    });
  }

  it("reports every problem at once, not only the first", () => {
    const input: Loose = fixtureInput();
    input.ratifications[0].registeredOn = "2022-02-30";
    input.contributions[0].money.currency = "XYZ";
    input.agreements[0].partner = "fr";
    const r = validateDataset(input);
    expect(r.problems.map((p) => p.at)).toEqual(
      expect.arrayContaining(["ratifications[0].registeredOn", "contributions[0].money.currency", "agreements[0].partner"]),
    );
  });

  it("never throws, even on hostile input", () => {
    const hostile = {
      schemaVersion: 1,
      get sources(): never {
        throw new Error("boom");
      },
    };
    for (const input of [undefined, null, 42, "text", hostile, { schemaVersion: 1, sources: [null, 3, "x"] }]) {
      const r = validateDataset(input);
      expect(r.ok).toBe(false);
      expect(r.problems.length).toBeGreaterThan(0);
      for (const p of r.problems) expect(p.message).not.toMatch(/\n\s+at /);
    }
  });
});
