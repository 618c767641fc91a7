import { describe, expect, it } from "vitest";
import { makeTheme } from "./theme.js";

describe("theme", () => {
  it("uses no colour at all when NO_COLOR is set", () => {
    expect(Object.values(makeTheme({ NO_COLOR: "1" })).every((c) => c === undefined)).toBe(true);
  });

  it("uses colours otherwise", () => {
    expect(makeTheme({}).error).toBe("red");
  });
});
