import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEYS, openChina, renderApp, type TempStore, tempStore, waitFor, waitForPartnerList } from "../../test/ui-helpers.js";

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

describe("profile screen", () => {
  it("shows China's figures for today and recomputes them when the as-of date changes to 2022-06-01", async () => {
    const r = renderApp(t.store);
    await openChina(r);
    // China's list is complete as of 2022-08-13 (coverage cn-all): today's counts are lower bounds.
    await waitFor(r, /fundamental at least 7 of 10 · governance at least 2 of 4 · technical at least 19/);
    r.stdin.write("@");
    await waitFor(r, "As of (YYYY-MM-DD): 2026-11-30");
    r.stdin.write(KEYS.ctrlU);
    await waitFor(r, /As of \(YYYY-MM-DD\):\s*$/m);
    r.stdin.write("2022-06-01");
    await waitFor(r, "As of (YYYY-MM-DD): 2022-06-01");
    r.stdin.write(KEYS.enter);
    const frame = await waitFor(r, /Ratified 26 Conventions[^\n]*\n[^\n]*fundamental 4 of 8 · governance 2 of 4 · technical 20/);
    expect(frame).toContain("as of 2022-06-01");
    r.unmount();
  });

  it("shows a State's counts with their certainty and why: Japan 6–7 fundamental on 2022-06-01, 8 on 2023-12-31", async () => {
    const r = renderApp(t.store, "2022-06-01", { columns: 80, rows: 24 });
    await waitForPartnerList(r);
    r.stdin.write("jp\r");
    const frame = await waitFor(r, /Japan \(jp\) · as of 2022-06-01/);
    expect(frame).toContain("fundamental 6–7 of 8 · governance at least 1 of 4 · technical at least 2");
    expect(frame).toContain("why ratified, fundamental: C105 registered 2022-01-01…2022-12-31");
    expect(frame).toContain("no curated partnership records");
    expect(frame).toMatch(/C105 {4}funda 2022 {8}may be registered by then/);
    expect(frame).toMatch(/C007 {4}techn 7 Jun 1924 {2}denounced/);
    for (const line of frame.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
    r.stdin.write("@");
    await waitFor(r, "As of (YYYY-MM-DD): 2022-06-01");
    r.stdin.write(`${KEYS.ctrlU}2023-12-31${KEYS.enter}`);
    const later = await waitFor(r, /Japan \(jp\) · as of 2023-12-31/);
    expect(later).toMatch(/fundamental 8 of 10 ·/);
    expect(later).not.toContain("fundamental 6–7");
    r.unmount();
  });

  it("refuses an impossible as-of date with core's words and keeps the figures", async () => {
    const r = renderApp(t.store);
    await openChina(r);
    r.stdin.write("@");
    await waitFor(r, "As of (YYYY-MM-DD)");
    r.stdin.write(KEYS.ctrlU);
    r.stdin.write("2022-02-30");
    await waitFor(r, "2022-02-30");
    r.stdin.write(KEYS.enter);
    await waitFor(r, "2022-02-30 is not a real calendar date");
    r.stdin.write(KEYS.escape);
    await waitFor(r, /Ratified at least 28 Conventions/);
    r.unmount();
  });

  it("marks drifted claims in the claims section (h steps back from the first section to the last)", async () => {
    const r = renderApp(t.store);
    await openChina(r);
    r.stdin.write("h");
    const frame = await waitFor(r, /DRIFTED +stated 26, records at least 28/);
    expect(frame).toMatch(/[1-9] claims drifted/);
    r.unmount();
  });

  it("counts every key of a chunk: two section keys sent together move two sections", async () => {
    const r = renderApp(t.store);
    await openChina(r);
    r.stdin.write("ll");
    await waitFor(r, /agreements signed by 2026-11-30/);
    r.unmount();
  });
});
