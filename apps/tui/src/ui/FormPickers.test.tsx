// The form's pickers and sub-forms on a real SQLite store: filter, select, multi-select, nested
// list add/edit/reorder/remove, dates checked as typed, undo, duplicate, the JSON escape hatch.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEYS, type Rendered, renderApp, type TempStore, tempStore, waitFor, waitForGone } from "../../test/ui-helpers.js";

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

const newForm = (collection: "agreements" | "ratifications" | "contributions" | "countryProgrammes" | "partners", partner = "cn") =>
  renderApp(t.store, "2026-11-30", undefined, { kind: "form", collection, key: null, partner });

/** Moves the focus down to a field of the form. */
async function focusField(r: Rendered, name: string) {
  for (let i = 0; i < 30; i++) {
    if (new RegExp(`›${name}\\b`).test(r.lastFrame() ?? "")) return;
    const before = r.lastFrame() ?? "";
    r.stdin.write(KEYS.down);
    await waitForGone(r, before);
  }
  await waitFor(r, new RegExp(`›${name}\\b`));
}

describe("pickers", () => {
  it("filters a reference list by name or code, shows names beside codes, and selects one", async () => {
    const r = newForm("ratifications");
    await waitFor(r, /›state\s+ {2}required; Enter or type to choose/);
    r.stdin.write("japa");
    const filteredFrame = await waitFor(r, /›\( \) JP\s+Japan/);
    expect(filteredFrame).toContain("Filter: japa");
    expect(filteredFrame).not.toContain("China");
    r.stdin.write(KEYS.backspace.repeat(4));
    await waitFor(r, /lines 1–\d+ of 187/);
    r.stdin.write("jp");
    await waitFor(r, /›\( \) JP\s+Japan/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›state\s+JP · Japan/);
    // Reopened, the picker marks the current choice.
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›\(•\) JP\s+Japan/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, /›state\s+JP · Japan/);
    r.unmount();
  });

  it("finds a currency by its name and picks it for an exact decimal amount", async () => {
    const r = newForm("contributions");
    await focusField(r, "money");
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›amount/);
    r.stdin.write("5200000.50\t");
    await waitFor(r, /›currency/);
    r.stdin.write("yuan");
    await waitFor(r, /›\( \) CNY\s+Chinese Yuan/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›currency\s+CNY · Chinese Yuan/);
    r.stdin.write(`${KEYS.up}.`);
    await waitFor(r, "✖ amount must be a decimal number");
    r.stdin.write(KEYS.backspace);
    await waitForGone(r, "✖ amount must be a decimal number");
    r.stdin.write(KEYS.escape);
    await waitFor(r, /›money\s+5200000\.50 · CNY/);
    r.unmount();
  });

  it("ticks several values with type-to-filter, and Esc leaves the choice as it was", async () => {
    const r = newForm("agreements");
    await focusField(r, "themes");
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›\[ \] child-labour/);
    r.stdin.write("skill");
    const one = await waitFor(r, /›\[ \] skills-development/);
    expect(one).not.toContain("child-labour");
    r.stdin.write(KEYS.space);
    await waitFor(r, /›\[x\] skills-development/);
    r.stdin.write(KEYS.ctrlU);
    await waitFor(r, /›\[ \] child-labour/);
    r.stdin.write(`${KEYS.space}${KEYS.down}${KEYS.down}${KEYS.space}`);
    await waitFor(r, "3 ticked");
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›themes\s+3 chosen: skills-development, child-labour, employment/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, /\[x\] employment/);
    r.stdin.write(`${KEYS.down}${KEYS.down}${KEYS.space}`);
    await waitFor(r, "2 ticked");
    r.stdin.write(KEYS.escape);
    await waitFor(r, /›themes\s+3 chosen/);
    r.unmount();
  });
});

describe("sub-forms for nested lists", () => {
  it("adds, edits, reorders and removes parties one at a time", async () => {
    const r = newForm("agreements");
    await focusField(r, "parties");
    r.stdin.write(KEYS.enter);
    await waitFor(r, "(no entries; a adds one)");
    r.stdin.write("a");
    await waitFor(r, /›name/);
    r.stdin.write("ILO\tilo\t");
    await waitFor(r, /role\s+ilo/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, "›1. ILO · ilo");
    r.stdin.write("a");
    await waitFor(r, /›name\s+ {2}required/);
    r.stdin.write("MOHRSS\t");
    await waitFor(r, /›role/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›\( \) ilo/);
    r.stdin.write(KEYS.down);
    await waitFor(r, /›\( \) government/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›role\s+government/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, "›2. MOHRSS · government");
    // Reorder: K moves the entry up.
    r.stdin.write("K");
    const moved = await waitFor(r, "›1. MOHRSS · government");
    expect(moved).toContain(" 2. ILO · ilo");
    // Edit the second entry in place.
    r.stdin.write(`${KEYS.down}${KEYS.enter}`);
    await waitFor(r, /›name\s+ILO/);
    r.stdin.write(" Office");
    await waitFor(r, /›name\s+ILO Office/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, "›2. ILO Office · ilo");
    // Remove one: one left, and core says an agreement needs two.
    r.stdin.write("x");
    await waitForGone(r, "ILO Office");
    await waitFor(r, "›1. MOHRSS · government");
    await waitFor(r, "✖ parties needs at least two parties");
    // Undo brings it back.
    r.stdin.write(KEYS.ctrlZ);
    await waitFor(r, "2. ILO Office · ilo");
    r.stdin.write(KEYS.escape);
    await waitFor(r, /›parties\s+2 entries: MOHRSS · government …/);
    r.unmount();
  });

  it("edits a ratification's status history, each entry of its own kind, with a year-only date", async () => {
    const r = newForm("ratifications", "jp");
    await focusField(r, "history");
    r.stdin.write(`${KEYS.enter}a`);
    await waitFor(r, /›status\s+in-force/);
    r.stdin.write("denoun\t");
    // A denunciation has its own field.
    await waitFor(r, /automaticBy/);
    r.stdin.write("2019-1");
    await waitFor(r, /›from\s+2019-1/);
    await waitFor(r, "✖ ");
    r.stdin.write(KEYS.backspace.repeat(2));
    await waitFor(r, /›from\s+2019\s/);
    await waitForGone(r, "✖ ");
    r.stdin.write(KEYS.escape);
    await waitFor(r, "›1. denounced · 2019");
    r.unmount();
  });
});

describe("other shapes", () => {
  it("keeps a list of plain text entries (a programme's priorities), one sub-form each", async () => {
    const r = newForm("countryProgrammes");
    await focusField(r, "priorities");
    r.stdin.write(`${KEYS.enter}a`);
    await waitFor(r, /›value\s+ {2}required/);
    r.stdin.write("Youth employment");
    await waitFor(r, /›value\s+Youth employment/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, "›1. Youth employment");
    r.stdin.write("a");
    await waitFor(r, /›value/);
    r.stdin.write("Social protection");
    r.stdin.write(KEYS.escape);
    await waitFor(r, "›2. Social protection");
    r.stdin.write("K");
    await waitFor(r, "›1. Social protection");
    r.stdin.write(KEYS.escape);
    await waitFor(r, /›priorities\s+2 entries: Social protection …/);
    r.unmount();
  });

  it("switches a partner's fields with its kind", async () => {
    const r = newForm("partners");
    await focusField(r, "kind");
    const asState = r.lastFrame() ?? "";
    expect(asState).toMatch(/^ state\b/m);
    expect(asState).not.toContain("organisationType");
    r.stdin.write("organ\t");
    const asOrganisation = await waitFor(r, /organisationType/);
    expect(asOrganisation).toMatch(/kind\s+organisation/);
    expect(asOrganisation).not.toMatch(/^ state\b/m);
    r.unmount();
  });
});

describe("undo, duplicate and JSON", () => {
  it("undoes the last field edit, one field at a time", async () => {
    const r = newForm("agreements");
    await focusField(r, "title");
    r.stdin.write("Draft title\t");
    await waitFor(r, /›signedOn/);
    r.stdin.write("2019\t");
    await waitFor(r, /›place/);
    r.stdin.write(KEYS.ctrlZ);
    const once = await waitFor(r, "Undid the last edit.");
    expect(once).toMatch(/signedOn\s+ {2}required/);
    expect(once).toMatch(/title\s+Draft title/);
    r.stdin.write(KEYS.ctrlZ);
    await waitFor(r, /title\s+ {2}required/);
    r.unmount();
  });

  it("duplicates a record from its detail screen into a new one saved beside it", async () => {
    const r = renderApp(t.store, "2026-11-30", undefined, { kind: "record", collection: "agreements", key: "cn-2001-mou" });
    await waitFor(r, "Change history:");
    r.stdin.write("d");
    await waitFor(r, "A copy of cn-2001-mou");
    const copy = await waitFor(r, /›id\s+cn-2001-mou/);
    expect(copy).toContain("New agreement");
    // Saved unchanged, it collides with the original: core's check refuses it and nothing is written.
    r.stdin.write("-copy");
    await waitFor(r, /›id\s+cn-2001-mou-copy/);
    r.stdin.write(KEYS.ctrlS);
    await waitFor(r, "Saved agreement cn-2001-mou-copy (version 1)");
    const [original, duplicate] = await Promise.all([t.store.getRecord("agreements", "cn-2001-mou"), t.store.getRecord("agreements", "cn-2001-mou-copy")]);
    expect(duplicate!.record).toEqual({ ...original!.record, id: "cn-2001-mou-copy" });
    r.unmount();
  });

  it("writes no new source when the record it comes with is refused", async () => {
    const r = renderApp(t.store, "2026-11-30", undefined, { kind: "record", collection: "agreements", key: "cn-2001-mou" });
    await waitFor(r, "Change history:");
    r.stdin.write("d");
    await waitFor(r, /›id\s+cn-2001-mou/);
    await focusField(r, "sources");
    r.stdin.write(`${KEYS.enter}a${KEYS.enter}`);
    await waitFor(r, /›\+ add a new source/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, "new source · Ctrl+S adds it, Esc drops it");
    r.stdin.write(KEYS.ctrlS);
    // The source is checked by core before it is added.
    await waitFor(r, "The new source is not added yet");
    r.stdin.write("orphan-source\tA title\tA publisher");
    r.stdin.write(KEYS.ctrlS);
    await waitFor(r, /›source\s+orphan-source/);
    // The field a source vouches for is picked from the record's own fields.
    r.stdin.write(`\t${KEYS.enter}`);
    await waitFor(r, /›\( \) id\b/);
    r.stdin.write("signed\t");
    await waitFor(r, /field\s+signedOn/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, /›\d\. orphan-source/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, /›sources/);
    // Same id as the original: the dataset check refuses it before anything is written.
    r.stdin.write(KEYS.ctrlS);
    await waitFor(r, "Not saved: the store found problems.");
    expect(await t.store.getRecord("sources", "orphan-source")).toBeNull();
    expect((await t.store.getRecord("agreements", "cn-2001-mou"))!.version).toBe(1);
    r.unmount();
  });

  it("edits a field as JSON only when asked, and refuses JSON it cannot read", async () => {
    const r = newForm("agreements");
    await focusField(r, "frameworks");
    r.stdin.write(KEYS.ctrlE);
    await waitFor(r, "JSON: []");
    r.stdin.write(`${KEYS.ctrlU}["belt-and-road"`);
    r.stdin.write(KEYS.enter);
    await waitFor(r, "✖ This is not valid JSON");
    r.stdin.write("]");
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›frameworks\s+1 chosen: belt-and-road/);
    r.unmount();
  });
});
