import { describe, expect, it } from "vitest";
import { helpLines } from "./HelpOverlay.js";
import { KEY_BINDINGS } from "./keys.js";

describe("help overlay", () => {
  it("lists every binding of the one key-binding table", () => {
    const text = helpLines()
      .map((l) => l.text)
      .join("\n");
    for (const b of KEY_BINDINGS) expect(text).toContain(b.description);
  });

  it("fits every line in 80 columns, the form's keys included", () => {
    const lines = helpLines();
    for (const l of lines) expect(l.text.length, l.text).toBeLessThanOrEqual(80);
    const text = lines.map((l) => l.text).join("\n");
    expect(text).toMatch(/Ctrl\+Z +undo the last field edit/);
    expect(text).toMatch(/Space +tick or untick/);
  });
});
