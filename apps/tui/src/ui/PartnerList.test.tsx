import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEYS, renderApp, type TempStore, tempStore, waitFor, waitForGone, waitForPartnerList } from "../../test/ui-helpers.js";
import { filterEntries, partnerEntries } from "./partnerEntries.js";

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

/** The rows of the list in a frame, without the selection mark. */
function listRows(frame: string): string[] {
  return frame
    .split("\n")
    .filter((l) => /^[ ›][a-z]{2,}\s{2,}\S/.test(l))
    .map((l) => l.slice(1).trimEnd());
}

describe("partner entries (every member State and every other partner)", () => {
  it("holds all 187 member States, by name, with the curated ones marked", async () => {
    const ds = await t.store.loadDataset();
    const entries = partnerEntries(ds.memberStates, ds.partners);
    expect(entries.filter((e) => e.kind === "member State")).toHaveLength(187);
    expect(entries.filter((e) => e.curated).map((e) => e.id)).toEqual(ds.partners.map((p) => p.id));
    expect(entries[0]!.name).toBe("Afghanistan");
    expect(entries.find((e) => e.id === "fr")?.curated).toBe(false);
  });

  it("puts a code typed whole first, then names that start with the text, then words, then the rest", async () => {
    const ds = await t.store.loadDataset();
    const entries = partnerEntries(ds.memberStates, ds.partners);
    expect(filterEntries(entries, "jp")[0]!.name).toBe("Japan");
    expect(filterEntries(entries, "FRA")[0]!.name).toBe("France");
    expect(filterEntries(entries, "fr").map((e) => e.id).slice(0, 2)).toEqual(["fr", "cf"]);
    const guinea = filterEntries(entries, "guinea").map((e) => e.name);
    expect(guinea.slice(0, 2)).toEqual(["Guinea", "Guinea-Bissau"]);
    expect(guinea).toContain("Equatorial Guinea");
    expect(guinea.indexOf("Equatorial Guinea")).toBeGreaterThan(guinea.indexOf("Guinea-Bissau"));
    expect(filterEntries(entries, "zzz")).toEqual([]);
    expect(filterEntries(entries, "  ")).toHaveLength(entries.length);
  });
});

describe("partner list", () => {
  it("lists the 187 member States and marks the partners with curated records", async () => {
    const r = renderApp(t.store);
    const frame = await waitForPartnerList(r);
    expect(frame).toContain("187 member States");
    expect(frame).toMatch(/● 3 with curated records/);
    expect(listRows(frame)[0]).toBe("af     Afghanistan");
    r.stdin.write("cn");
    const cn = await waitFor(r, "Filter: cn");
    expect(listRows(cn)[0]).toBe("cn     China  ●");
    r.unmount();
  });

  it("filters the 187 rows by name or code as you type, and says when nothing matches", async () => {
    const r = renderApp(t.store);
    await waitForPartnerList(r);
    r.stdin.write("guinea");
    const guinea = await waitFor(r, "Filter: guinea (4 match)");
    expect(listRows(guinea)).toEqual(["gn     Guinea", "gw     Guinea-Bissau", "gq     Equatorial Guinea", "pg     Papua New Guinea"]);
    r.stdin.write(KEYS.escape);
    await waitFor(r, "(type a name or code)");
    r.stdin.write("zzz");
    await waitFor(r, 'No partner matches "zzz"');
    r.stdin.write(KEYS.backspace.repeat(3));
    const all = await waitFor(r, "af     Afghanistan");
    expect(all).toMatch(/1–\d+ of 187/);
    r.unmount();
  });

  it("opens a State without curated records by its code and Enter in one chunk", async () => {
    const r = renderApp(t.store, "2023-12-31");
    await waitForPartnerList(r);
    r.stdin.write("jp\r");
    const frame = await waitFor(r, /Japan \(jp\) · as of 2023-12-31/);
    expect(frame).toMatch(/fundamental 8\b/);
    r.stdin.write(KEYS.escape);
    await waitFor(r, "Filter: jp");
    r.unmount();
  });

  it("opens the profile when a name and Enter arrive in one chunk", async () => {
    const r = renderApp(t.store);
    await waitForPartnerList(r);
    r.stdin.write("china\r");
    const frame = await waitFor(r, /China \(cn\) · as of 2026-11-30/);
    expect(frame).toContain("Ratified at least 28");
    r.stdin.write(KEYS.escape);
    await waitFor(r, "Filter: china");
    r.unmount();
  });

  it("shows a help overlay listing the keys from the key-binding table, and closes it", async () => {
    const r = renderApp(t.store);
    await waitForPartnerList(r);
    r.stdin.write("?");
    const frame = await waitFor(r, "Keys (↑/↓ scroll · ? or Esc closes)");
    expect(frame).toContain("show or hide this help");
    expect(frame).toContain("change the as-of date");
    r.stdin.write("?");
    await waitForGone(r, "Keys (↑/↓ scroll");
    await waitFor(r, "af     Afghanistan");
    r.unmount();
  });

  it("shows the footer generated from the key table, and fits a narrower terminal after a resize", async () => {
    const r = renderApp(t.store);
    await waitFor(r, "Enter open · Tab instruments · type to filter · ? keys · @ date · Ctrl+C quit");
    Object.defineProperty(r.stdout, "columns", { value: 40, configurable: true });
    r.stdout.emit("resize");
    const frame = await waitForGone(r, "Ctrl+C quit");
    for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
    r.unmount();
  });
});
