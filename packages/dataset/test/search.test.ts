// Search in the reader's language over the shipped records (core's searchRecords).
import { type Dataset, instrumentCodesIn, searchRecords, validateDataset } from "@partnership-atlas/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, readRawDataset } from "../src/index.js";

let dataset: Dataset;
beforeAll(() => {
  dataset = loadDataset();
});

const keys = (q: string) => searchRecords(dataset, q).map((h) => `${h.kind}:${h.key}`);

describe("search per language", () => {
  it.each(["中国", "China", "Chine", "china"])("finds China first for %s", (q) => {
    expect(keys(q)[0]).toBe("partner:cn");
  });

  it("does not find Ma-chine-ry for the French name of China", () => {
    const found = keys("Chine");
    for (const code of ["C026", "C099", "C119"]) expect(found).not.toContain(`instrument:${code}`);
    // The agreements that name China in their English titles are found.
    expect(found.some((k) => k.startsWith("agreement:"))).toBe(true);
  });

  it.each(["travail", "trabajo", "劳动"])("finds the Conventions about work and labour for %s", (q) => {
    const found = keys(q);
    for (const code of ["C029", "C155", "C187", "C105"]) expect(found, `${q} finds ${code}`).toContain(`instrument:${code}`);
  });

  it("says which words of a title matched", () => {
    const c155 = searchRecords(dataset, "travail").find((h) => h.key === "C155");
    expect(c155?.snippet).toBe("Occupational");
    const c029 = searchRecords(dataset, "travail forcé").find((h) => h.key === "C029");
    expect(c029?.snippet).toBe("Labour, Forced");
  });

  it("reads labor as labour and matches whole words only", () => {
    expect(keys("labor")).toContain("instrument:C029");
    expect(keys("forced labor")).toContain("instrument:C029");
    expect(keys("forced labor")).not.toContain("instrument:C155");
    // "age" is a whole word in "Minimum Age", not a part of "Wage".
    const age = keys("age");
    expect(age).toContain("instrument:C138");
    expect(age).not.toContain("instrument:C131");
  });

  it("finds an instrument by code and by number in every language's way of writing it", () => {
    for (const q of ["C155", "c155", "C 155", "155", "第155号", "第155号公约", "núm. 155", "n° 155"]) expect(keys(q)[0], q).toBe("instrument:C155");
    expect(instrumentCodesIn("P29")).toEqual(["P029"]);
    expect(keys("MLC")[0]).toBe("instrument:MLC2006");
  });

  it("combines a reader's words: 强迫劳动 and travail forcé find the Forced Labour Convention", () => {
    expect(keys("强迫劳动")).toContain("instrument:C029");
    expect(keys("travail forcé")).toContain("instrument:C029");
    expect(keys("travail forcé")).not.toContain("instrument:C155");
  });

  it("finds States by their official and common names, accents folded", () => {
    expect(keys("Viet Nam")[0]).toBe("partner:vn");
    expect(keys("Vietnam")[0]).toBe("partner:vn");
    expect(keys("Laos")[0]).toBe("partner:la");
    expect(keys("老挝")[0]).toBe("partner:la");
    expect(keys("cote d'ivoire")[0]).toBe("partner:ci");
    expect(keys("México")[0]).toBe("partner:mx");
    expect(keys("Corée")).toContain("partner:kr");
    expect(keys("St. Kitts & Nevis")[0]).toBe("partner:kn");
    expect(keys("St. Lucia")[0]).toBe("partner:lc");
  });
});

describe("texts per language in the records", () => {
  it("accepts a narrative with translations and the original marked, and refuses one without its original", () => {
    const raw = readRawDataset() as Dataset;
    const cn = raw.partners.find((p) => p.id === "cn");
    expect(cn && typeof cn.summary === "object" && cn.summary.original).toBe("en");
    const broken = {
      ...raw,
      partners: raw.partners.map((p) => (p.id === "cn" ? { ...p, summary: { original: "fr", en: "Only English" } } : p)),
    };
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message).join("\n")).toMatch(/original language, so it must give the text in fr/);
    expect(validateDataset(raw).ok).toBe(true);
  });
});
