import type { Agreement } from "@partnership-atlas/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEYS, openChina, type Rendered, renderApp, type TempStore, tempStore, waitFor, waitForGone, waitForPartnerList } from "../../test/ui-helpers.js";

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

/** China's profile → Agreements section → edit the first agreement (cn-2001-mou) → focus signedOn. */
async function editFirstAgreement(r: Rendered) {
  await openChina(r);
  r.stdin.write("ll");
  await waitFor(r, /agreements signed by/);
  r.stdin.write("e");
  await waitFor(r, "Edit agreement cn-2001-mou (version 1)");
  // The form opens on the first field that can change (partner); signedOn is three below.
  r.stdin.write(KEYS.down);
  r.stdin.write(KEYS.down);
  r.stdin.write(KEYS.down);
  await waitFor(r, /›signedOn/);
  r.stdin.write(KEYS.ctrlU);
  await waitFor(r, /›signedOn\s+ {2}required/);
}

describe("record form", () => {
  it("shows core's error beside the field for an impossible date and writes nothing", async () => {
    const r = renderApp(t.store);
    await editFirstAgreement(r);
    r.stdin.write("2001-02-30");
    await waitFor(r, /›signedOn\s+2001-02-30/);
    // Checked as typed: the error is there before any save.
    await waitFor(r, "✖ signedOn: 2001-02-30 is not a real calendar date");
    r.stdin.write(KEYS.ctrlS);
    const frame = await waitFor(r, "Not saved: 1 problem to fix.");
    // The error sits on the line right under the field.
    const lines = frame.split("\n");
    const at = lines.findIndex((l) => l.includes("signedOn"));
    expect(lines[at + 1]).toContain("✖ signedOn: 2001-02-30 is not a real calendar date");
    expect((await t.store.getRecord("agreements", "cn-2001-mou"))!.version).toBe(1);
    r.unmount();
  });

  it("saves a valid edit through the store with the version read, and shows it in the history", async () => {
    const r = renderApp(t.store);
    await editFirstAgreement(r);
    r.stdin.write("2001-03");
    await waitFor(r, /›signedOn\s+2001-03/);
    r.stdin.write(KEYS.ctrlS);
    // Changing a stored record is a correction: the form asks why, and refuses an empty reason.
    await waitFor(r, "Save the change — why? (Enter saves, Esc goes back):");
    r.stdin.write(KEYS.enter);
    await waitFor(r, /Not saved: a correction .* needs a note/);
    expect((await t.store.getRecord("agreements", "cn-2001-mou"))!.version).toBe(1);
    r.stdin.write("month of signature found");
    await waitFor(r, "goes back): month of signature found");
    r.stdin.write(KEYS.enter);
    await waitFor(r, "Saved agreement cn-2001-mou (version 2)");
    const saved = await t.store.getRecord("agreements", "cn-2001-mou");
    expect(saved!.record.signedOn).toBe("2001-03");
    expect(saved!.updatedBy).toBe("test-curator");
    expect((await t.store.history("agreements", "cn-2001-mou")).at(-1)?.note).toBe("month of signature found");
    r.stdin.write("\r");
    await waitFor(r, /test-curator  version 2\n +China: agreement .*\n +why: month of signature found\n/);
    r.unmount();
  });

  it("on a conflict shows both versions, never overwrites, and re-applies only when asked", async () => {
    const r = renderApp(t.store);
    await editFirstAgreement(r);
    r.stdin.write("2001-03");
    await waitFor(r, /›signedOn\s+2001-03/);
    // Another curator, on another connection, changes the record in between.
    const other = await t.other();
    const current = (await other.getRecord("agreements", "cn-2001-mou"))!;
    const theirs: Agreement = { ...current.record, title: "Retitled by another curator" };
    await other.update("agreements", "cn-2001-mou", theirs, { actor: "other-curator", expectedVersion: 1, note: "retitled" });

    r.stdin.write(KEYS.ctrlS);
    await waitFor(r, "Save the change — why?");
    r.stdin.write("month of signature found");
    await waitFor(r, "goes back): month of signature found");
    r.stdin.write(KEYS.enter);
    const frame = await waitFor(r, /Conflict: changed by other-curator/);
    expect(frame.replace(/\s+/g, " ")).toContain("you read version 1, it is now 2");
    expect(frame).toMatch(/theirs: Retitled by another curator/);
    expect(frame).toMatch(/yours: {2}Memorandum of Understanding/);
    expect(frame).toMatch(/theirs: 2001\n/);
    expect(frame).toMatch(/yours: {2}2001-03/);
    expect((await t.store.getRecord("agreements", "cn-2001-mou"))!.record.signedOn).toBe("2001");

    r.stdin.write("a");
    await waitFor(r, "Saved agreement cn-2001-mou (version 3)");
    const saved = (await t.store.getRecord("agreements", "cn-2001-mou"))!;
    expect(saved.record.signedOn).toBe("2001-03");
    r.unmount();
  });

  it("reloads their version on a conflict when the curator chooses to", async () => {
    const r = renderApp(t.store);
    await editFirstAgreement(r);
    r.stdin.write("2001-03");
    await waitFor(r, /›signedOn\s+2001-03/);
    const other = await t.other();
    const current = (await other.getRecord("agreements", "cn-2001-mou"))!;
    await other.update("agreements", "cn-2001-mou", { ...current.record, place: "Geneva" }, { actor: "other-curator", expectedVersion: 1, note: "place added" });
    r.stdin.write(KEYS.ctrlS);
    await waitFor(r, "Save the change — why?");
    r.stdin.write("month of signature found");
    await waitFor(r, "goes back): month of signature found");
    r.stdin.write(KEYS.enter);
    await waitFor(r, /Conflict: changed by other-curator/);
    r.stdin.write("r");
    const frame = await waitFor(r, "Reloaded version 2 by other-curator; your edit was discarded.");
    expect(frame).toMatch(/place\s+Geneva/);
    expect(frame).toMatch(/signedOn\s+2001\b/);
    r.unmount();
  });

  it("records a ratification known only to the year, checked as typed, and the profile shows it as a range inside that year", async () => {
    const r = renderApp(t.store, "2019-06-01");
    await waitForPartnerList(r);
    r.stdin.write("jp\r");
    await waitFor(r, /Japan \(jp\) · as of 2019-06-01/);
    await waitFor(r, "fundamental 6 of 8");
    r.stdin.write("n");
    await waitFor(r, "New ratification");
    await waitFor(r, /›state/);
    r.stdin.write("JP\tC111\t");
    await waitFor(r, /›registeredOn/);
    // Each form a registration date may take is checked as it is typed.
    r.stdin.write("2019-13");
    await waitFor(r, "✖ registeredOn: 2019-13 is not a real calendar date");
    r.stdin.write(KEYS.backspace.repeat(3));
    await waitForGone(r, "✖ registeredOn");
    r.stdin.write("-05-12");
    await waitFor(r, /›registeredOn\s+2019-05-12/);
    r.stdin.write(KEYS.backspace.repeat(3));
    await waitFor(r, /›registeredOn\s+2019-05\s*$/m);
    r.stdin.write(KEYS.backspace.repeat(3));
    const typed = await waitFor(r, /›registeredOn\s+2019\s*$/m);
    expect(typed).not.toContain("✖ registeredOn");
    r.stdin.write(KEYS.ctrlS);
    await waitFor(r, "Saved ratification JP-C111 (version 1)");
    expect((await t.store.getRecord("ratifications", "JP-C111"))!.record.registeredOn).toBe("2019");
    // Back on the profile: the registration may fall either side of the day.
    const profile = await waitFor(r, "fundamental 6–7 of 8");
    expect(profile).toMatch(/why [^\n]*fundamental: C111 registered 2019-01-01…2019-12-31 \(known as 2019\)/);
    r.unmount();
  });

  it("creates an agreement from the profile with n by picking, not typing JSON, with a new source saved with it", async () => {
    const r = renderApp(t.store);
    await openChina(r);
    r.stdin.write("ll");
    await waitFor(r, /agreements signed by/);
    r.stdin.write("n");
    await waitFor(r, "New agreement");
    r.stdin.write(KEYS.ctrlS);
    await waitFor(r, /Not saved: \d+ problems to fix\./);
    await waitFor(r, /›id/);
    r.stdin.write("cn-2026-test\t");
    await waitFor(r, /›partner\s+cn · China/);
    // Typing on a choice opens its picker filtered; Tab chooses and goes on.
    r.stdin.write("\tmou");
    await waitFor(r, /›\( \) mou/);
    r.stdin.write("\tA test agreement\t2026-01-15\t\t\t");
    await waitFor(r, /›parties/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, "(no entries; a adds one)");
    r.stdin.write("a");
    await waitFor(r, /›name/);
    r.stdin.write("International Labour Organization\tilo\t");
    await waitFor(r, /role\s+ilo/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, "1. International Labour Organization · ilo");
    r.stdin.write("a");
    await waitFor(r, /›name\s+ {2}required/);
    r.stdin.write("MOHRSS\tgov\t");
    await waitFor(r, /role\s+government/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, "2. MOHRSS · government");
    r.stdin.write(KEYS.escape);
    await waitFor(r, /›parties\s+2 entries/);
    r.stdin.write(`\t\t${KEYS.enter}`);
    await waitFor(r, /›\[ \] child-labour/);
    r.stdin.write("employ ");
    await waitFor(r, /›\[x\] employment/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›themes\s+1 chosen: employment/);
    r.stdin.write("\tA summary.\t\t");
    await waitFor(r, /›sources/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, "(no entries; a adds one)");
    r.stdin.write("a");
    await waitFor(r, /›source/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, /›\+ add a new source/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, "new source · Ctrl+S adds it, Esc drops it");
    r.stdin.write("test-mou-text\tThe memorandum's text\tMOHRSS\t");
    r.stdin.write(KEYS.ctrlS);
    await waitFor(r, /›source\s+test-mou-text · The memorandum's text \(new\)/);
    r.stdin.write("\t\tArticle 2");
    await waitFor(r, /›locator\s+Article 2/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, "›1. test-mou-text · Article 2");
    r.stdin.write(KEYS.escape);
    await waitFor(r, /›sources\s+1 entry: test-mou-text · Article 2/);
    r.stdin.write(KEYS.ctrlS);
    await waitFor(r, "Saved agreement cn-2026-test (version 1) and 1 new source");
    const saved = (await t.store.getRecord("agreements", "cn-2026-test"))!.record;
    expect(saved.title).toBe("A test agreement");
    expect(saved.kind).toBe("mou");
    expect(saved.parties).toEqual([
      { name: "International Labour Organization", role: "ilo" },
      { name: "MOHRSS", role: "government" },
    ]);
    expect(saved.themes).toEqual(["employment"]);
    expect(saved.sources).toEqual([{ source: "test-mou-text", locator: "Article 2" }]);
    expect((await t.store.getRecord("sources", "test-mou-text"))!.record).toMatchObject({ title: "The memorandum's text", publisher: "MOHRSS", kind: "primary" });
    r.unmount();
  });
});
