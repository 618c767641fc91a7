import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEYS, renderApp, type TempStore, tempStore, waitFor, waitForPartnerList } from "../../test/ui-helpers.js";

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

describe("instruments browser", () => {
  it("filters by the category in force on the as-of date and shows who ratified", async () => {
    const r = renderApp(t.store);
    await waitForPartnerList(r);
    r.stdin.write(KEYS.tab);
    await waitFor(r, "Instruments · as of 2026-11-30");
    r.stdin.write("c");
    const frame = await waitFor(r, /Category: fundamental \(c\) · Status: all \(s\) · \d+ shown/);
    const today = Number(/(\d+) shown/.exec(frame)![1]);
    expect(frame).toMatch(/C155 +fundamental/);
    r.stdin.write("@");
    await waitFor(r, "As of (YYYY-MM-DD)");
    r.stdin.write(`${KEYS.ctrlU}2022-06-01\r`);
    // C155 and C187 became fundamental on 2022-06-10.
    const before = await waitFor(r, new RegExp(`Category: fundamental .* ${today - 2} shown`));
    expect(before).not.toMatch(/C155/);
    r.stdin.write(KEYS.enter);
    await waitFor(r, /Ratified by (at least )?\d+(–\d+)? \(Esc back/);
    r.unmount();
  });

  it("cycles the status filter", async () => {
    const r = renderApp(t.store);
    await waitForPartnerList(r);
    r.stdin.write(KEYS.tab);
    await waitFor(r, "Status: all");
    r.stdin.write("s");
    await waitFor(r, /Status: up-to-date \(s\) · \d+ shown/);
    r.unmount();
  });
});
