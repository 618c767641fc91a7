import { describe, expect, it } from "vitest";
import { correctionNoteProblem, describeChange, formatRecordedOn, RecordedOn } from "../src/index.js";
import { sampleDataset } from "../src/sample.js";

const ds = sampleDataset();
const c155 = { state: "CN", instrument: "C155", registeredOn: "2026", history: [], evidence: "verified", sources: [{ source: "s01" }] };

describe("describeChange", () => {
  it("says a ratification's State, instrument, registration and source as one sentence, and which pages it concerns", () => {
    const d = describeChange({ collection: "ratifications", key: "CN-C155", kind: "added", before: null, after: c155, note: "from NORMLEX" }, ds);
    expect(d.sentence).toBe("China: ratification of C155 registered in 2026 added; source NORMLEX user guide.");
    expect(d.note).toBe("from NORMLEX");
    expect(d.concerns).toEqual({ partners: ["cn"], instruments: ["C155"] });
  });

  it("names the fields a change touched, a full date with 'on', and the change's own source before the record's", () => {
    const after = { ...c155, registeredOn: "2026-06-04" };
    const d = describeChange({ collection: "ratifications", key: "CN-C155", kind: "changed", before: c155, after, source: "s19" }, ds);
    expect(d.sentence).toBe("China: ratification of C155 registered on 2026-06-04 changed (registeredOn); source OSH becomes a fundamental principle.");
    expect(d.fields).toEqual(["registeredOn"]);
  });

  it("describes a removed record from its before, and a record it cannot read by its key", () => {
    const removed = describeChange({ collection: "ratifications", key: "CN-C155", kind: "removed", before: c155, after: null }, ds);
    expect(removed.sentence).toBe("China: ratification of C155 registered in 2026 removed; source NORMLEX user guide.");
    const odd = describeChange({ collection: "themes", key: "x", kind: "added", before: null, after: { nonsense: true } }, ds);
    expect(odd.sentence).toBe("Theme: theme x added.");
  });
});

describe("RecordedOn", () => {
  it("reads a revision, a date-time and a date (the end of that day, UTC)", () => {
    expect(RecordedOn.parse("r42")).toEqual({ revision: 42 });
    expect(RecordedOn.parse("2026-11-30T12:00:00+01:00")).toEqual({ at: "2026-11-30T11:00:00.000Z" });
    expect(RecordedOn.parse("2026-11-30")).toEqual({ at: "2026-11-30T23:59:59.999Z" });
    expect(formatRecordedOn({ revision: 7 })).toBe("r7");
  });

  it("refuses anything else with a message that shows both forms", () => {
    for (const bad of ["yesterday", "r-1", "2026-13-01", "2026-02-30T00:00:00Z", "42"]) {
      const r = RecordedOn.safeParse(bad);
      expect(r.success, bad).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.message).toMatch(/r<revision>/);
    }
  });
});

describe("correctionNoteProblem", () => {
  it("requires a note for a change or removal, not for an addition", () => {
    expect(correctionNoteProblem("added", undefined)).toBeNull();
    expect(correctionNoteProblem("changed", "typo in the title")).toBeNull();
    expect(correctionNoteProblem("changed", "  ")?.path).toEqual(["note"]);
    expect(correctionNoteProblem("removed", null)?.message).toMatch(/needs a note/);
  });
});

describe("diffRecords", () => {
  it("lists the changed, added and removed fields by dotted path", async () => {
    const { diffRecords } = await import("../src/index.js");
    expect(diffRecords({ a: 1, n: { x: "old", y: 2 }, gone: true }, { a: 1, n: { x: "new", y: 2 }, added: [1] })).toEqual([
      { field: "n.x", before: "old", after: "new" },
      { field: "gone", before: "true", after: null },
      { field: "added", before: null, after: "[1]" },
    ]);
    expect(diffRecords(null, { id: "t" })).toEqual([{ field: "id", before: null, after: "t" }]);
    expect(diffRecords({ id: "t" }, { id: "t" })).toEqual([]);
  });
});
