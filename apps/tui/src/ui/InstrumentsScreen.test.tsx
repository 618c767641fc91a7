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
    await waitFor(r, /187 member States: in force/);
    r.unmount();
  });

  it("lists an instrument's member States by region with their status on the date and the counts with certainty", async () => {
    const r = renderApp(t.store);
    // The partner list has loaded (China is below the first screen of the 187 rows).
    await waitForPartnerList(r);
    r.stdin.write(KEYS.tab);
    await waitFor(r, "Instruments · as of 2026-11-30");
    r.stdin.write("c");
    const list = await waitFor(r, /Category: fundamental[\s\S]*C187 /);
    const codes = [...list.matchAll(/^\W*(C\d{3}|P\d{3}) /gm)].map((m) => m[1]);
    for (let i = 0; i < codes.indexOf("C187"); i++) r.stdin.write(KEYS.down);
    r.stdin.write(KEYS.enter);
    await waitFor(r, /C187 Promotional Framework[^\n]*as of 2026-11-30/);
    // 2021-06-01: Antigua and Barbuda's C187 is known only as "2021", so it is open that day.
    r.stdin.write("@");
    await waitFor(r, "As of (YYYY-MM-DD)");
    r.stdin.write(`${KEYS.ctrlU}2021-06-01\r`);
    const open = await waitFor(r, /C187 Promotional Framework[^\n]*as of 2021-06-01/);
    // Counts with their certainty: a range while year-only dates are open.
    expect(open).toMatch(/187 member States: in force \d+ · ratified, not in force \d+–\d+ · not ratified \d+–\d+/);
    expect(open).toMatch(/^Africa: in force \d+/m);
    // Scroll to Antigua and Barbuda (Americas) and read its line.
    for (let i = 0; i < 60; i++) r.stdin.write(KEYS.down);
    const americas = await waitFor(r, /AG Antigua and Barbuda +uncertain \(ratified, not in force or not ratified; 2021 is open\)/);
    expect(americas).toMatch(/Americas: /);
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
