// The one reading of an import file: the same messages in merge and replace, a byte-order mark, the input limit.
import { sampleDatasetInput } from "@partnership-atlas/core/sample";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MalformedInputError, openStore, parseByteSize, parseJsonText, type Store, ValidationError } from "../src/index.js";

let store: Store;
beforeAll(async () => {
  store = await openStore("sqlite::memory:", { seed: false });
  await store.importDataset(sampleDatasetInput(), { mode: "replace" });
});
afterAll(() => store.close());

async function problemsOf(attempt: Promise<unknown>): Promise<{ at: string; message: string }[]> {
  const error = await attempt.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems.map(({ at, message }) => ({ at, message }));
}

describe("a record with a wrong type", () => {
  test("gets the same, true message in merge and replace mode (not 'required but missing')", async () => {
    const full = sampleDatasetInput();
    (full.agreements[0] as Record<string, unknown>).signedOn = 20010101;
    const partial = { schemaVersion: full.schemaVersion, agreements: [full.agreements[0]] };
    const replace = await problemsOf(store.importDataset(JSON.stringify(full), { mode: "replace", dryRun: true, note: "test correction" }));
    const merge = await problemsOf(store.importDataset(JSON.stringify(partial), { mode: "merge", dryRun: true, note: "test correction" }));
    expect(merge).toEqual(replace);
    expect(merge).toHaveLength(1);
    expect(merge[0]!.at).toBe("agreements[0].signedOn");
    expect(merge[0]!.message).not.toMatch(/missing/);
  });

  test("a number where text is wanted gets the replace-mode message in merge mode too", async () => {
    const full = sampleDatasetInput();
    (full.instruments[0] as Record<string, unknown>).title = 1930;
    const partial = { schemaVersion: full.schemaVersion, instruments: [full.instruments[0]] };
    const replace = await problemsOf(store.importDataset(full, { mode: "replace", dryRun: true, note: "test correction" }));
    const merge = await problemsOf(store.importDataset(partial, { mode: "merge", dryRun: true, note: "test correction" }));
    // Replace mode also reports what the dropped record leaves dangling; the field's own problem is the same.
    const title = (ps: { at: string; message: string }[]) => ps.filter((p) => p.at === "instruments[0].title");
    expect(title(merge)).toHaveLength(1);
    expect(title(merge)).toEqual(title(replace));
  });
});

describe("parseJsonText", () => {
  const text = '{\n  "schemaVersion": 1,\n  "themes": [nope]\n}';
  const fault = (input: string | Uint8Array) => {
    try {
      parseJsonText(input);
    } catch (error) {
      expect(error).toBeInstanceOf(MalformedInputError);
      return (error as Error).message;
    }
    throw new Error("expected a MalformedInputError");
  };

  test("accepts a UTF-8 byte-order mark, as text or as bytes", () => {
    const json = JSON.stringify({ schemaVersion: 1 });
    expect(parseJsonText(`\uFEFF${json}`)).toEqual({ schemaVersion: 1 });
    expect(parseJsonText(Buffer.from(`\uFEFF${json}`, "utf8"))).toEqual({ schemaVersion: 1 });
  });

  test("reports a syntax error at the same line and column with or without a byte-order mark", () => {
    const plain = fault(text);
    expect(plain).toMatch(/at line 3, column 14/);
    expect(fault(`\uFEFF${text}`)).toMatch(/at line 3, column 14/);
    expect(fault(Buffer.from(`\uFEFF${text}`, "utf8"))).toMatch(/at line 3, column 14/);
  });

  test("refuses an input over the limit before decoding it, stating the limit and the caller's hint", () => {
    const big = Buffer.alloc(2048, 32);
    expect(() => parseJsonText(big, { maxBytes: 1024, limitHint: "raise it with --max-input" })).toThrow(
      /larger than the input limit of 1 KiB.*raise it with --max-input/,
    );
    expect(() => parseJsonText(" ".repeat(2048), { maxBytes: 1024 })).toThrow(MalformedInputError);
  });

  test("the store's import applies the default limit", async () => {
    const { DEFAULT_MAX_INPUT_BYTES } = await import("../src/index.js");
    const attempt = store.importDataset(Buffer.alloc(DEFAULT_MAX_INPUT_BYTES + 1, 32), { mode: "merge", dryRun: true, note: "test correction" });
    await expect(attempt).rejects.toThrow(/larger than the input limit of 64 MiB/);
  });
});

describe("parseByteSize", () => {
  test.each([
    ["1048576", 1048576],
    ["512k", 512 * 1024],
    ["64M", 64 * 1024 * 1024],
    ["64MiB", 64 * 1024 * 1024],
    ["1.5G", 1.5 * 1024 * 1024 * 1024],
  ])("reads %s", (text, bytes) => expect(parseByteSize(text)).toBe(bytes));

  test.each(["", "x", "-1", "0", "12 parsecs", "1e9"])("rejects %j", (text) => expect(parseByteSize(text)).toBeNull());
});
