// The field descriptor is derived from the schemas: kinds, optional fields, allowed values,
// references (from the one reference list), key and evidence fields.
import { describe, expect, it } from "vitest";
import {
  COLLECTIONS,
  CURRENCY_CODES,
  describeCollection,
  EVIDENCE_ORDER,
  type FieldDescriptor,
  KEY_FIELDS,
  RECORD_SCHEMAS,
  REFERENCE_FIELDS,
  recordFields,
  recordKey,
  validateDataset,
} from "../src/index.js";
import { sampleDatasetInput } from "../src/sample.js";

const field = (fields: readonly FieldDescriptor[], name: string) => {
  const f = fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};

describe("describeCollection", () => {
  it("gives each ratification field its kind: references, a partial date, a list of dated statuses, optional reported dates", () => {
    const fields = recordFields("ratifications", null);
    expect(field(fields, "state")).toEqual({
      name: "state",
      type: { kind: "reference", collection: "memberStates" },
      optional: false,
      help: "The member State, by its two-letter code.",
    });
    expect(field(fields, "instrument").type).toEqual({ kind: "reference", collection: "instruments" });
    expect(field(fields, "registeredOn").type).toEqual({ kind: "date", precision: "partial" });
    expect(field(fields, "evidence").type).toEqual({ kind: "enum", values: ["verified", "secondary", "derived", "unverified"] });
    expect(field(fields, "reportedDates").optional).toBe(true);
    const history = field(fields, "history").type;
    expect(history.kind).toBe("list");
    if (history.kind !== "list" || history.element.kind !== "union") throw new Error("history is not a list of a union");
    expect(history.element.discriminator).toBe("status");
    expect(describeCollection("ratifications").keyFields).toEqual(["state", "instrument"]);
  });

  it("knows money, day dates, integers and lists of references", () => {
    const contribution = recordFields("contributions", null);
    expect(field(contribution, "money").type).toEqual({ kind: "money" });
    expect(field(contribution, "partner").type).toEqual({ kind: "reference", collection: "partners" });
    expect(field(recordFields("claims", null), "statedFor").type).toEqual({ kind: "date", precision: "day" });
    expect(field(recordFields("instruments", null), "yearAdopted").type).toEqual({ kind: "number", integer: true });
    expect(field(recordFields("projects", null), "beneficiaries").type).toEqual({ kind: "list", element: { kind: "reference", collection: "memberStates" } });
  });

  it("gives a partner the fields of its kind and lists every variant's fields once", () => {
    const d = describeCollection("partners");
    expect(d.discriminator).toBe("kind");
    expect(d.variants.length).toBeGreaterThan(1);
    expect(recordFields("partners", { kind: "member-state" }).map((f) => f.name)).toContain("state");
    const other = d.variants.find((v) => v.tag !== "member-state");
    expect(other?.fields.map((f) => f.name)).not.toContain("state");
    expect(new Set(d.fieldNames).size).toBe(d.fieldNames.length);
    expect(d.fieldNames).toContain("state");
  });

  it("names the evidence fields of attested records and none for sources", () => {
    expect(describeCollection("agreements").evidenceFields).toEqual(["evidence", "sources", "note", "fieldEvidence"]);
    expect(describeCollection("sources").evidenceFields).toEqual([]);
    expect(EVIDENCE_ORDER).toEqual(["verified", "secondary", "derived", "unverified"]);
  });

  it("describes every collection, and every reference path it lists names a field the schema has", () => {
    for (const c of COLLECTIONS) {
      const d = describeCollection(c);
      expect(d.fieldNames.length, c).toBeGreaterThan(0);
      for (const k of KEY_FIELDS[c]) expect(d.fieldNames, `${c} key`).toContain(k);
      for (const ref of REFERENCE_FIELDS[c]) expect(d.fieldNames, `${c} ${ref.path}`).toContain(ref.path.split(/[.[]/)[0]);
      expect(RECORD_SCHEMAS[c]).toBeDefined();
    }
  });

  it("builds every sample record's key from its key fields", () => {
    const parsed = validateDataset(sampleDatasetInput());
    if (!parsed.ok) throw new Error("the sample is invalid");
    for (const c of COLLECTIONS) {
      for (const record of parsed.dataset[c]) {
        const parts = KEY_FIELDS[c].map((k) => String(Reflect.get(record, k)));
        expect(recordKey(c, record)).toBe(parts.join("-"));
      }
    }
  });

  it("gives every field of the curated collections a help text, nested ones by their path", () => {
    for (const c of ["ratifications", "agreements", "contributions", "projects", "countryProgrammes", "claims", "sources", "partners"] as const) {
      const d = describeCollection(c);
      for (const v of d.variants) for (const f of v.fields) expect(f.help, `${c}.${f.name}`).toMatch(/\w/);
    }
    const parties = field(recordFields("agreements", null), "parties").type;
    expect(parties.kind === "list" && parties.element.kind === "object" ? parties.element.fields.find((f) => f.name === "role")?.help : undefined).toMatch(/ilo, government/);
    expect(CURRENCY_CODES).toContain("CNY");
    expect([...CURRENCY_CODES]).toEqual([...CURRENCY_CODES].sort());
  });
});
