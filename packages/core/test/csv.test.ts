import { describe, expect, it } from "vitest";
import { csvCell, parseCsvRecords, parseCsvRows, toCsvText } from "../src/index.js";

describe("CSV writer", () => {
  it("prefixes a text cell a spreadsheet would execute with a quote (OWASP)", () => {
    for (const danger of ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]) {
      expect(csvCell(danger).replace(/^"|"$/g, "").startsWith("'")).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
  it("leaves harmless text, numbers and booleans as they are", () => {
    expect(csvCell("China")).toBe("China");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
  it("quotes commas, quotes, line breaks and edge spaces (RFC 4180)", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded")).toBe('" padded"');
  });
  it("writes a header and CRLF-terminated rows", () => {
    expect(toCsvText(["id", "note"], [["cn", "=cmd"], ["fr", null]])).toBe("id,note\r\ncn,'=cmd\r\nfr,\r\n");
  });
});

describe("CSV reader", () => {
  it("reads back what the writer wrote: quotes, doubled quotes, commas, newlines and CRLF", () => {
    const rows = [
      ["plain", 'say "hi"', "a, b", "two\nlines"],
      ["5200000", "", " padded ", "=1+1"],
    ];
    const text = toCsvText(["a", "b", "c", "d"], rows);
    expect(parseCsvRows(text)).toEqual([["a", "b", "c", "d"], rows[0], ["5200000", "", " padded ", "'=1+1"]]);
  });

  it("names each cell by the header, skips blank lines and fills missing cells with empty text", () => {
    expect(parseCsvRecords("code,name\nC029,Forced Labour\n\nC087\n")).toEqual([
      { code: "C029", name: "Forced Labour" },
      { code: "C087", name: "" },
    ]);
    expect(parseCsvRecords("")).toEqual([]);
  });
});
