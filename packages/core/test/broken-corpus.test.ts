// Every kind of broken dataset a curator can produce yields the expected problem, with its path.
import { describe, expect, it } from "vitest";
import { validateDataset } from "../src/index.js";
import { BROKEN_CASES as cases, type Loose, VALID_EDITS } from "../src/broken-corpus.js";
import { type SampleDatasetInput as FixtureInput, sampleDatasetInput as fixtureInput } from "../src/sample.js";

describe("validateDataset on broken datasets", () => {
  it("has a corpus of at least 30 distinct breakages", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it("accepts the unbroken fixture with zero problems", () => {
    expect(validateDataset(fixtureInput()).problems).toEqual([]);
  });

  for (const edit of VALID_EDITS) {
    it(`accepts a valid edit: ${edit.name}`, () => {
      const input = fixtureInput();
      edit.mutate(input);
      expect(validateDataset(input).problems).toEqual([]);
    });
  }

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
