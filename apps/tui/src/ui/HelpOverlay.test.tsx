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
});
