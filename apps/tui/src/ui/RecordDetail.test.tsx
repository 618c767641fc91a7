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
    const frame = await waitFor(r, /Not deleted: cannot delete agreements "cn-2018-mohrss-ssc-partnership"/);
    expect(frame.replace(/\s+/g, " ")).toContain("cn-2021-mohrss-ssc-partnership-amendment-3");
    expect(await t.store.getRecord("agreements", "cn-2018-mohrss-ssc-partnership")).not.toBeNull();
    r.unmount();
  });

  it("deletes a record nothing depends on after a yes, and keeps it after a no", async () => {
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
    await waitFor(r, "Deleted agreement cn-2001-mou");
    await waitFor(r, /agreements signed by/);
    expect(await t.store.getRecord("agreements", "cn-2001-mou")).toBeNull();
    r.unmount();
  });
});
