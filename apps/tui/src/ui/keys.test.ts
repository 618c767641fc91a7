import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { actionFor, checkKeyTable, footerHints, KEY_BINDINGS, type KeyBinding, keyPresses } from "./keys.js";

const none = {} as Key;

describe("key presses", () => {
  it("splits keys sent together into one press per character, Enter included", () => {
    expect(keyPresses("jj\r", none).map((p) => p.name)).toEqual(["j", "j", "return"]);
  });

  it("reads a letter as text while filtering but as a shortcut on a profile", () => {
    const [j] = keyPresses("j", none);
    expect(actionFor(j!, "partners")).toBeNull();
    expect(actionFor(j!, "profile")).toBe("down");
  });

  it("keeps ? as help on the partner list but as text in a form", () => {
    const [q] = keyPresses("?", none);
    expect(actionFor(q!, "partners")).toBe("help");
    expect(actionFor(q!, "form")).toBeNull();
  });

  it("reads letters as a picker's filter but as commands in a list of entries", () => {
    const [a] = keyPresses("a", none);
    expect(actionFor(a!, "picker")).toBeNull();
    expect(actionFor(a!, "entries")).toBe("addEntry");
    expect(actionFor(keyPresses(" ", none)[0]!, "picker")).toBe("toggle");
    expect(actionFor(keyPresses("\t", none)[0]!, "picker")).toBe("chooseNext");
  });

  it("names Ctrl combinations", () => {
    expect(keyPresses("s", { ...none, ctrl: true })[0]!.name).toBe("ctrl+s");
    expect(actionFor(keyPresses("s", { ...none, ctrl: true })[0]!, "form")).toBe("save");
  });
});

describe("the key table checks itself", () => {
  const base = { id: "zap", contexts: ["partners"], description: "zap the list" } as const;

  it("throws on an unknown key name, naming the binding and the key", () => {
    expect(() => checkKeyTable([...KEY_BINDINGS, { ...base, keys: ["ctrl+shift+zz"] }])).toThrow(
      /"zap" names an unknown key "ctrl\+shift\+zz"/,
    );
    expect(() => checkKeyTable([{ ...base, keys: ["enter"] }])).toThrow(/unknown key "enter"; use a character, ctrl\+<letter> or one of/);
  });

  it("throws when one key means two actions in one context, or an id is used twice", () => {
    expect(() => checkKeyTable([...KEY_BINDINGS, { ...base, keys: ["return"] }])).toThrow(/"return" means both "open" and "zap" in partners/);
    expect(() => checkKeyTable([...KEY_BINDINGS, { ...base, id: "help", keys: ["z"] }])).toThrow(/the id "help" is used twice/);
  });

  it("throws on a hint for a context where the binding does not apply", () => {
    expect(() => checkKeyTable([{ ...base, keys: ["z"], hints: { form: "zap" } }])).toThrow(/"zap" has a hint for "form"/);
  });

  it("accepts the shipped table", () => {
    expect(checkKeyTable(KEY_BINDINGS)).toBe(KEY_BINDINGS);
  });
});

describe("footer hints come from the key table", () => {
  it("lists the context's own keys, then the inherited ones", () => {
    expect(footerHints("partners")).toBe("Enter open · Tab instruments · type to filter · ? keys · @ date · Ctrl+C quit");
    expect(footerHints("form")).toBe("Tab field · Enter open · Ctrl+S save · Ctrl+Z undo · Ctrl+E JSON · Esc back");
    expect(footerHints("entries")).toBe("Enter edit · a add · x remove · K move up · J move down · Esc back");
    expect(footerHints("picker")).toBe("Enter choose · Space tick · type to filter · Esc cancel");
  });

  it("shows a key added to the table in the hints of its context, and nowhere else", () => {
    const zap: KeyBinding = { id: "zap", keys: ["z"], contexts: ["partners"], description: "zap the list", hints: { partners: "zap" } };
    const table = [...KEY_BINDINGS, zap];
    expect(footerHints("partners", table)).toContain("z zap");
    expect(footerHints("profile", table)).not.toContain("zap");
    expect(footerHints("partners")).not.toContain("zap");
  });

  it("fits 80 columns on every screen", () => {
    for (const c of ["partners", "instruments", "profile", "record", "form", "entries", "picker", "json"] as const) {
      expect(footerHints(c).length).toBeLessThanOrEqual(80);
    }
    expect(footerHints("profile")).toBe("Enter open · Tab section · e edit · x delete · ? keys · @ date · Esc back");
  });
});
