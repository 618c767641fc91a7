import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEYS, renderApp, type TempStore, tempStore, waitFor, waitForGone } from "../../test/ui-helpers.js";

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

describe("partner list", () => {
  it("filters as you type and says when nothing matches", async () => {
    const r = renderApp(t.store);
    await waitFor(r, "China");
    r.stdin.write("zzz");
    await waitFor(r, 'No partner matches "zzz"');
    r.stdin.write(KEYS.backspace.repeat(3));
    await waitFor(r, "cn     China");
    r.unmount();
  });

  it("opens the profile when a name and Enter arrive in one chunk", async () => {
    const r = renderApp(t.store);
    await waitFor(r, "China");
    r.stdin.write("china\r");
    const frame = await waitFor(r, /China \(cn\) · as of 2026-11-30/);
    expect(frame).toContain("Ratified at least 28");
    r.stdin.write(KEYS.escape);
    await waitFor(r, "Filter: china");
    r.unmount();
  });

  it("shows a help overlay listing the keys from the key-binding table, and closes it", async () => {
    const r = renderApp(t.store);
    await waitFor(r, "China");
    r.stdin.write("?");
    const frame = await waitFor(r, "Keys (↑/↓ scroll · ? or Esc closes)");
    expect(frame).toContain("show or hide this help");
    expect(frame).toContain("change the as-of date");
    r.stdin.write("?");
    await waitForGone(r, "Keys (↑/↓ scroll");
    await waitFor(r, "cn     China");
    r.unmount();
  });

  it("fits a narrower terminal after a resize", async () => {
    const r = renderApp(t.store);
    await waitFor(r, "Ctrl+C quit");
    Object.defineProperty(r.stdout, "columns", { value: 40, configurable: true });
    r.stdout.emit("resize");
    const frame = await waitForGone(r, "Ctrl+C quit");
    for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
    r.unmount();
  });
});
