import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEYS, openChina, type Rendered, renderApp, type TempStore, tempStore, waitFor, waitForGone } from "../../test/ui-helpers.js";

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

async function openAgreements(r: Rendered) {
  await openChina(r);
  r.stdin.write("ll");
  await waitFor(r, /agreements signed by/);
}

describe("record detail", () => {
  it("shows the evidence level, the sources by title and the change history", async () => {
    const r = renderApp(t.store);
    await openAgreements(r);
    r.stdin.write(KEYS.enter);
    const frame = await waitFor(r, "agreement cn-2001-mou · version 1");
    expect(frame).toContain("Evidence: verified — read in a primary source");
    expect(frame).toMatch(/Sources:\n {2}c11: .+\(/);
    r.unmount();
  });

  it("asks before deleting and shows why a record others depend on cannot be deleted", async () => {
    const r = renderApp(t.store);
    await openAgreements(r);
    // cn-2018-mohrss-ssc-partnership is amended by a later agreement.
    await waitFor(r, "South-South Cooperation Partnership Agreement between the ILO and MOHRSS (2018)");
    r.stdin.write("jjj");
    await waitFor(r, /›2018 +South-South Cooperation Partnership Agreement/);
    r.stdin.write("x");
    await waitFor(r, "Delete agreement cn-2018-mohrss-ssc-partnership? y deletes, n keeps it.");
    r.stdin.write("y");
    await waitFor(r, "Delete it — why?");
    r.stdin.write("superseded");
    await waitFor(r, "keeps it): superseded");
    r.stdin.write(KEYS.enter);
    const frame = await waitFor(r, /Not deleted: cannot delete agreements "cn-2018-mohrss-ssc-partnership"/);
    expect(frame.replace(/\s+/g, " ")).toContain("cn-2021-mohrss-ssc-partnership-amendment-3");
    expect(await t.store.getRecord("agreements", "cn-2018-mohrss-ssc-partnership")).not.toBeNull();
    r.unmount();
  });

  it("deletes a record nothing depends on after a yes and a reason, and keeps it after a no", async () => {
    const r = renderApp(t.store);
    await openAgreements(r);
    r.stdin.write("x");
    await waitFor(r, "Delete agreement cn-2001-mou?");
    r.stdin.write("n");
    await waitForGone(r, "Delete agreement cn-2001-mou?");
    expect(await t.store.getRecord("agreements", "cn-2001-mou")).not.toBeNull();
    r.stdin.write("x");
    await waitFor(r, "Delete agreement cn-2001-mou?");
    r.stdin.write("y");
    // A deletion is a correction: it asks why, and refuses to go on without a reason.
    await waitFor(r, "Delete it — why?");
    r.stdin.write(KEYS.enter);
    await waitFor(r, /Not deleted: a correction .* needs a note/);
    expect(await t.store.getRecord("agreements", "cn-2001-mou")).not.toBeNull();
    r.stdin.write("signed by another ministry");
    await waitFor(r, "(Enter deletes, Esc keeps it): signed by another ministry");
    r.stdin.write(KEYS.enter);
    await waitFor(r, "Deleted agreement cn-2001-mou");
    await waitFor(r, /agreements signed by/);
    expect(await t.store.getRecord("agreements", "cn-2001-mou")).toBeNull();
    expect((await t.store.history("agreements", "cn-2001-mou")).at(-1)?.note).toBe("signed by another ministry");
    r.unmount();
  });
});

describe("record detail: reverting the last change", () => {
  it("asks why, refuses an empty note, then writes the content before the change as a new version", async () => {
    const current = (await t.store.getRecord("agreements", "cn-2001-mou"))!;
    await t.store.update("agreements", "cn-2001-mou", { ...current.record, place: "Geneva" }, { actor: "other-curator", expectedVersion: 1, note: "place added" });
    const r = renderApp(t.store);
    await openAgreements(r);
    r.stdin.write(KEYS.enter);
    await waitFor(r, "agreement cn-2001-mou · version 2");
    r.stdin.write("u");
    await waitFor(r, "Undo the last change — why?");
    r.stdin.write(KEYS.enter);
    await waitFor(r, /Not reverted: a correction .* needs a note/);
    r.stdin.write("wrong place");
    await waitFor(r, "why? (Enter reverts, Esc cancels): wrong place");
    r.stdin.write(KEYS.enter);
    await waitFor(r, "Reverted agreement cn-2001-mou (now version 3)");
    const after = (await t.store.getRecord("agreements", "cn-2001-mou"))!;
    expect(after.record).toEqual(current.record);
    expect((await t.store.history("agreements", "cn-2001-mou")).slice(-2).map((h) => h.note)).toEqual(["place added", "wrong place"]);
    r.unmount();
  });
});
