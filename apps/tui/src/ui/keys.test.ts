import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { actionFor, keyPresses } from "./keys.js";

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

  it("names Ctrl combinations", () => {
    expect(keyPresses("s", { ...none, ctrl: true })[0]!.name).toBe("ctrl+s");
    expect(actionFor(keyPresses("s", { ...none, ctrl: true })[0]!, "form")).toBe("save");
  });
});
