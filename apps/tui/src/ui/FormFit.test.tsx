// Every curator's form fits 80×24 and reads without colour: each field, focused in turn, is in
// view and marked "›"; a picker marks its choices "( )" / "[x]"; no line is wider than 80.
import { type CollectionName, RECORD_NOUN } from "@partnership-atlas/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type Rendered, renderApp, type TempStore, tempStore, waitFor, waitForGone } from "../../test/ui-helpers.js";

let t: TempStore;
beforeAll(async () => {
  t = await tempStore();
});
afterAll(async () => {
  await t.cleanup();
});

const SIZE = { columns: 80, rows: 24 };
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what is checked.
const ANSI = /\x1b\[[0-9;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a colour code (30–37, 90–97, 38;…) must not appear.
const COLOUR = /\x1b\[(3[0-8]|9[0-7])[;m]/;

/** Checks a frame fits 80×24, has no colour, and returns its plain text. */
function fits(frame: string): string {
  expect(frame).not.toMatch(COLOUR);
  const plain = frame.replace(ANSI, "");
  const lines = plain.split("\n");
  expect(lines.length).toBeLessThanOrEqual(24);
  for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
  return plain;
}

/** Focuses every field in turn (Tab wraps round) and checks the focused one is shown and marked. */
async function walkFields(r: Rendered): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    const plain = fits(r.lastFrame() ?? "");
    const focused = /^›(\S+)/m.exec(plain)?.[1];
    expect(focused, plain).toBeDefined();
    if (!focused || seen.includes(focused)) break;
    seen.push(focused);
    const before = r.lastFrame() ?? "";
    r.stdin.write(KEYS.tab);
    await waitForGone(r, before);
  }
  return seen;
}

/** Tabs to a field. */
async function focusOn(r: Rendered, name: string) {
  for (let i = 0; i < 40 && !new RegExp(`^›${name}\\b`, "m").test((r.lastFrame() ?? "").replace(ANSI, "")); i++) {
    const before = r.lastFrame() ?? "";
    r.stdin.write(KEYS.tab);
    await waitForGone(r, before);
  }
  await waitFor(r, new RegExp(`›${name}\\b`));
}

const CURATED: CollectionName[] = ["ratifications", "agreements", "contributions", "projects", "countryProgrammes", "claims", "sources", "partners"];

describe("forms at 80×24 without colour", () => {
  for (const collection of CURATED) {
    it(`the new ${RECORD_NOUN[collection]} form`, async () => {
      const r = renderApp(t.store, "2026-11-30", SIZE, { kind: "form", collection, key: null, partner: "cn" });
      await waitFor(r, `New ${RECORD_NOUN[collection]}`);
      await waitFor(r, /^›/m);
      const fields = await walkFields(r);
      expect(fields.length).toBeGreaterThan(3);
      // A choice's picker: the cursor and the choices are marked in text.
      await focusOn(r, collection === "sources" || collection === "partners" ? "kind" : "evidence");
      r.stdin.write(KEYS.enter);
      const picker = fits(await waitFor(r, "Filter:"));
      expect(picker).toMatch(/^›\([ •]\) \S/m);
      r.stdin.write(KEYS.escape);
      await waitForGone(r, "Filter:");
      r.unmount();
    });
  }

  it("an existing agreement, a long list picker and a nested list", async () => {
    const r = renderApp(t.store, "2026-11-30", SIZE, { kind: "form", collection: "agreements", key: "cn-2001-mou" });
    await waitFor(r, "Edit agreement cn-2001-mou (version 1)");
    const fields = await walkFields(r);
    expect(fields).toContain("parties");
    await focusOn(r, "themes");
    r.stdin.write(KEYS.enter);
    const themes = fits(await waitFor(r, "Filter:"));
    expect(themes).toMatch(/^›\[[ x]\] child-labour/m);
    r.stdin.write(KEYS.escape);
    await waitForGone(r, "Filter:");
    await focusOn(r, "parties");
    r.stdin.write(KEYS.enter);
    // The list's own key hints replace the form's in the footer a render after the list opens: wait for both.
    const parties = fits(await waitFor(r, /^›1\. [\s\S]*a add/m));
    expect(parties).toContain("a add");
    r.unmount();
  });
});
