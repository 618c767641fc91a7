// The store's CSV export goes through core's writer: cells a spreadsheet would run are neutralised.
import { describe, expect, it } from "vitest";
import { toCsv } from "../src/csv.js";

describe("CSV export cells", () => {
  it("prefixes text a spreadsheet would execute with a quote, and leaves nested JSON and numbers alone", () => {
    const csv = toCsv("sources", [{ id: "s1", title: "=HYPERLINK(\"http://evil\")", publisher: "@ILO", note: "-1+2" }]);
    const [header, row] = csv.split("\r\n");
    expect(header!.split(",").slice(0, 2)).toEqual(["id", "title"]);
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(",'@ILO,");
    expect(row).toContain(",'-1+2");
    expect(row).not.toMatch(/(^|,)[=+\-@]/);
  });
});
