// recordReferences lists exactly the references validateDataset checks: removing any record of
// the sample makes dangling-reference problems at the paths, and only the paths, that point at it.
import { describe, expect, it } from "vitest";
import {
  COLLECTIONS,
  type CollectionName,
  formatPath,
  type RecordOf,
  recordKey,
  recordReferences,
  validateDataset,
} from "../src/index.js";
import { sampleDatasetInput } from "../src/sample.js";

// The sample, plus the two kinds of reference it lacks: an amendment and a US dollar equivalent.
const input: { agreements: unknown[]; contributions: unknown[] } & ReturnType<typeof sampleDatasetInput> = sampleDatasetInput();
const first = input.agreements[0]!;
input.agreements.push({ ...first, id: "cn-2030-amendment", kind: "amendment", amends: first.id, signedOn: "2030-01-01" });
const contribution = input.contributions[0]!;
input.contributions.push({
  ...contribution,
  id: "cn-cny-2030",
  money: { amount: "1000", currency: "CNY" },
  usd: { amount: "140", rate: "0.14", rateDate: "2030-01-01", rateSource: "s01" },
});
const parsed = validateDataset(input);
if (!parsed.ok) throw new Error(`the extended sample is invalid: ${parsed.problems.map((p) => p.at).join(", ")}`);
const dataset = parsed.dataset;

describe("recordReferences", () => {
  it("lists a ratification's State, instrument, sources and automatic denunciation", () => {
    const c059 = dataset.ratifications.find((r) => r.instrument === "C059");
    if (!c059) throw new Error("the sample has no CN-C059");
    const refs = recordReferences("ratifications", c059).map((r) => `${formatPath(r.path)} → ${r.collection} ${r.key}`);
    expect(refs).toEqual(expect.arrayContaining(["state → memberStates CN", "instrument → instruments C059"]));
    expect(refs.filter((r) => r.startsWith("history[1].automaticBy"))).toEqual([
      "history[1].automaticBy → instruments C138",
      "history[1].automaticBy → ratifications CN-C138",
    ]);
  });

  for (const removed of COLLECTIONS) {
    it(`agrees with validateDataset on what refers to each of the sample's ${removed}`, () => {
      const list = dataset[removed] as RecordOf<typeof removed>[];
      for (const gone of list) {
        const goneKey = recordKey(removed, gone);
        const rest = { ...dataset, [removed]: list.filter((r) => r !== gone) };
        const expected: string[] = [];
        for (const c of COLLECTIONS) {
          (rest[c] as RecordOf<CollectionName>[]).forEach((record, index) => {
            for (const ref of recordReferences(c, record as RecordOf<typeof c>)) {
              if (ref.collection === removed && ref.key === goneKey) expected.push(formatPath([c, index, ...ref.path]));
            }
          });
        }
        const found = validateDataset(rest).problems.filter((p) => p.code === "dangling-reference").map((p) => p.at);
        expect([...new Set(found)].sort(), `removing ${removed} ${goneKey}`).toEqual([...new Set(expected)].sort());
      }
    });
  }
});
