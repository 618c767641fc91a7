// A corpus of bad import files: each fails with a message saying what and where, and the store is unchanged.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MalformedInputError, openStore, type Store, ValidationError } from "../src/index.js";
import { ENGINES } from "./support/engines.js";
import { sampleDatasetInput as fixtureInput } from "@partnership-atlas/core/sample";

type Input = ReturnType<typeof fixtureInput>;
const mutate = (change: (d: Input) => void) => {
  const d = fixtureInput();
  change(d);
  return JSON.stringify(d, null, 2);
};

interface Case {
  name: string;
  input: () => string | Uint8Array | unknown;
  error: typeof MalformedInputError | typeof ValidationError;
  message: RegExp;
  at?: string;
}

const MB = 1024 * 1024;

const CORPUS: Case[] = [
  {
    name: "truncated JSON",
    input: () => {
      const text = JSON.stringify(fixtureInput(), null, 2);
      return text.slice(0, Math.floor(text.length / 2));
    },
    error: MalformedInputError,
    message: /not valid JSON: the text ends .* at line \d+, column \d+; the file looks truncated/,
  },
  {
    name: "a syntax error in the middle",
    input: () => JSON.stringify(fixtureInput(), null, 2).replace('"title": "Forced Labour Convention, 1930"', '"title": Forced Labour'),
    error: MalformedInputError,
    message: /not valid JSON: unexpected character 'F' where a value was expected at line \d+, column 16/,
  },
  {
    name: "wrong types",
    input: () =>
      mutate((d) => {
        (d.instruments[0] as Record<string, unknown>).number = "29";
        (d.memberStates[0] as Record<string, unknown>).founding = "yes";
      }),
    error: ValidationError,
    message: /instruments\[0\]\.number: number must be a whole number/,
    at: "memberStates[0].founding",
  },
  {
    name: "dangling references",
    input: () =>
      mutate((d) => {
        d.agreements[0]!.partner = "nobody";
        d.ratifications[0]!.state = "ZZ";
      }),
    error: ValidationError,
    message: /agreements\[0\]\.partner: refers to partner "nobody", which is not in partners/,
    at: "ratifications[0].state",
  },
  {
    name: "duplicate ids",
    input: () => mutate((d) => d.themes.push({ ...d.themes[0]!, label: "Again" })),
    error: ValidationError,
    message: /themes\[2\]: the theme "social-protection" is already defined at themes\[0\]/,
  },
  {
    name: "an instrument code that does not exist",
    input: () => mutate((d) => (d.ratifications[0]!.instrument = "C999")),
    error: ValidationError,
    message: /ratifications\[0\]\.instrument: refers to instrument "C999", which is not in instruments/,
  },
  {
    name: "an instrument code that is not a code",
    input: () => mutate((d) => (d.ratifications[0]!.instrument = "C1234")),
    error: ValidationError,
    message: /ratifications\[0\]\.instrument: .*NORMLEX instrument code/,
  },
  {
    name: "50 MB of random bytes",
    input: () => randomBytes(50 * MB),
    error: MalformedInputError,
    message: /the file is not JSON: it is not UTF-8 text \(50\.0 MB of binary data\)/,
  },
  {
    name: "50 MB of junk text",
    input: () => "x".repeat(25 * MB) + randomBytes(12 * MB).toString("base64"),
    error: MalformedInputError,
    message: /the file is not JSON: unexpected character 'x' where a value was expected at line 1, column 1 \(character 1 of 4\d\.\d MB\)/,
  },
  {
    name: "JSON that is not a dataset",
    input: () => "[1, 2, 3]",
    error: MalformedInputError,
    message: /not a dataset: expected a JSON object with schemaVersion .* found a list/,
  },
  {
    name: "an empty file",
    input: () => "  \n",
    error: MalformedInputError,
    message: /the file is empty/,
  },
  {
    name: "another schema version and an unknown list",
    input: () => mutate((d) => Object.assign(d, { schemaVersion: 2, widgets: [] })),
    error: ValidationError,
    message: /schemaVersion: schemaVersion must be 1 \(found 2\)[\s\S]*widgets: "widgets" is not a list/,
  },
];

describe.each(ENGINES)("$engine: bad imports", ({ freshUrl }) => {
  let store: Store;
  let before: string;
  let revision: number;
  let audited: number;
  beforeAll(async () => {
    store = await openStore(await freshUrl(), { seed: false });
    await store.importDataset(fixtureInput(), { mode: "replace" });
    before = await store.exportDataset();
    revision = await store.revision();
    audited = (await store.recentChanges(10_000)).length;
  });
  afterAll(() => store.close());

  test.each(CORPUS)("$name fails with a clear message and leaves the store unchanged", async ({ input, error, message, at }) => {
    const value = input();
    for (const mode of ["replace", "merge"] as const) {
      for (const dryRun of [false, true]) {
        const attempt = store.importDataset(value, { mode, dryRun });
        await expect(attempt).rejects.toBeInstanceOf(error);
        // Merge files may leave lists out and are checked against the stored records instead.
        if (mode === "replace" || error === MalformedInputError) await expect(attempt).rejects.toThrow(message);
        if (at && mode === "replace") {
          const problems = ((await attempt.catch((e: unknown) => e)) as ValidationError).problems;
          expect(problems.map((p) => p.at)).toContain(at);
        }
      }
    }
    expect(await store.exportDataset()).toBe(before);
    expect(await store.revision()).toBe(revision);
    expect(await store.recentChanges(10_000)).toHaveLength(audited);
  });
});
