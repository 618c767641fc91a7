// The shipped records as IATI 2.03: valid against the official schema, for all partners and each one.
import {
  buildIatiActivities,
  compareDecimals,
  IATI_SECTOR,
  iatiActivityIdentifier,
  sumDecimals,
} from "@partnership-atlas/core";
import { describe, expect, it } from "vitest";
import { validateIati, xpathValues } from "../../core/test/support/xmllint.js";
import { loadDataset } from "../src/index.js";

const dataset = loadDataset();
const GENERATED = "2026-12-01T08:00:00Z";

function exported(partner?: string) {
  const r = buildIatiActivities(dataset, { generatedAt: GENERATED, partner });
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("the shipped records as IATI", () => {
  it("validate against iati-activities-schema.xsd with zero errors", () => {
    const result = validateIati(exported().xml);
    expect(result.messages).toMatch(/validates$/);
    expect(result.status).toBe(0);
  });

  it.each(dataset.partners.map((p) => p.id))("validate for partner %s alone", (partner) => {
    const r = exported(partner);
    expect(r.report.activities.length).toBeGreaterThan(0);
    const result = validateIati(r.xml);
    expect(result.messages).toMatch(/validates$/);
    expect(result.status).toBe(0);
  });

  it("write every record's amount exactly: in a budget of its activity, or named in the report as left out", () => {
    const r = exported();
    const budgets = (collection: "projects" | "contributions", id: string) =>
      xpathValues(r.xml, `//iati-activity[iati-identifier="${iatiActivityIdentifier(collection, id)}"]/budget/value`);
    for (const c of dataset.contributions) {
      expect(compareDecimals(sumDecimals(budgets("contributions", c.id)), c.money.amount), c.id).toBe(0);
    }
    for (const p of dataset.projects) {
      const written = budgets("projects", p.id);
      const report = r.report.activities.find((a) => a.record.id === p.id);
      if (!p.budget) {
        expect(written, p.id).toEqual([]);
        continue;
      }
      if (written.length > 0) expect(compareDecimals(sumDecimals(written), p.budget.amount), p.id).toBe(0);
      else expect(report?.leftOut.find((o) => o.field === "budget")?.reason, p.id).toContain(`${p.budget.amount} ${p.budget.currency}`);
    }
  });

  it("give a project without a budget no budget element (cn-acftu-trade-union-capacity)", () => {
    const r = exported("cn");
    const id = iatiActivityIdentifier("projects", "cn-acftu-trade-union-capacity");
    expect(xpathValues(r.xml, `//iati-activity[iati-identifier="${id}"]/iati-identifier`)).toEqual([id]);
    expect(xpathValues(r.xml, `//iati-activity[iati-identifier="${id}"]/budget`)).toEqual([]);
  });

  it("map every theme's DAC purpose code to a code on IATI's Sector codelist", () => {
    const codes = dataset.themes.flatMap((t) => (t.dacPurposeCode ? [t.dacPurposeCode] : []));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => !(c in IATI_SECTOR))).toEqual([]);
  });

  it("report each record not written, with the required element the records lack", () => {
    for (const a of exported().report.activities.filter((x) => !x.exported)) {
      expect(a.leftOut.some((o) => o.field === "activity-status" || o.field === "activity-date"), a.record.id).toBe(true);
    }
  });
});
