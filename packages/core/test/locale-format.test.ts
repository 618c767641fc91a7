import { describe, expect, it } from "vitest";
import {
  chineseLargeNumber,
  chinesePunctuation,
  formatDateAfterPreposition,
  formatDateText,
  formatMoneyExact,
  formatMoneyProse,
  frenchSpacing,
  joinList,
  labelled,
  OFFICIAL_STATE_NAMES,
  parenthesized,
  pluralForm,
  stateName,
  stateNamesInAllLanguages,
} from "../src/index.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("dates per language", () => {
  it("writes English dates in ILO house style, day first", () => {
    expect(formatDateText("en", "2026-12-01")).toBe("1 December 2026");
    expect(formatDateText("en", "2022-06-10")).toBe("10 June 2022");
    expect(formatDateText("en", "2019-04")).toBe("April 2019");
    expect(formatDateText("en", "1919")).toBe("1919");
  });
  it("writes the first of the month as 1er in French, and other days as numbers", () => {
    expect(formatDateText("fr", "2026-12-01")).toBe("1er décembre 2026");
    expect(formatDateText("fr", "2022-06-10")).toBe("10 juin 2022");
    expect(formatDateText("fr", "2026-11-21")).toBe("21 novembre 2026");
  });
  it("writes Spanish and Chinese dates", () => {
    expect(formatDateText("es", "2022-06-09")).toBe("9 de junio de 2022");
    expect(formatDateText("zh", "2016-09-06")).toBe("2016年9月6日");
  });
  it("puts the article before a day after a preposition in French and Spanish, not before a month or year", () => {
    expect(`depuis ${formatDateAfterPreposition("fr", "2022-06-10")}`).toBe(`depuis le${NBSP}10 juin 2022`);
    expect(`hasta ${formatDateAfterPreposition("es", "2022-06-09")}`).toBe("hasta el 9 de junio de 2022");
    expect(`depuis ${formatDateAfterPreposition("fr", "1919")}`).toBe("depuis 1919");
    expect(`desde ${formatDateAfterPreposition("es", "2019-04")}`).toBe("desde abril de 2019");
    expect(formatDateAfterPreposition("en", "2022-06-10")).toBe("10 June 2022");
  });
});

describe("money in prose and in tables", () => {
  it("rounds large amounts to a tenth of a million in prose", () => {
    expect(formatMoneyProse("en", "11200000.00", "USD")).toBe(`US$11.2${NBSP}million`);
    expect(formatMoneyProse("en", "5200000", "USD")).toBe(`US$5.2${NBSP}million`);
    expect(formatMoneyProse("en", "1250000000", "USD")).toBe(`US$1.3${NBSP}billion`);
    expect(formatMoneyProse("fr", "11200000", "USD")).toBe(`11,2${NBSP}millions de dollars des États-Unis`);
    expect(formatMoneyProse("es", "11200000", "USD")).toBe(`11,2${NBSP}millones de dólares de los Estados Unidos`);
    expect(formatMoneyProse("en", "750000", "USD")).toBe("US$750,000");
  });
  it("writes Chinese amounts with 万 and 亿", () => {
    expect(formatMoneyProse("zh", "11200000", "USD")).toBe("1120万美元");
    expect(formatMoneyProse("zh", "5200000", "USD")).toBe("520万美元");
    expect(chineseLargeNumber(120_000_000)).toBe("1.2亿");
    expect(chineseLargeNumber(9_999)).toBe("9,999");
    expect(chineseLargeNumber(12_345_678)).toBe("1234.6万");
  });
  it("keeps the exact amount for tables and downloads", () => {
    expect(formatMoneyExact("en", "11200000.00", "USD")).toBe("US$11,200,000.00");
    expect(formatMoneyExact("en", "0.10", "USD")).toBe("US$0.10");
  });
});

describe("punctuation", () => {
  it("puts French no-break spaces before : ; ? ! and inside « »", () => {
    expect(frenchSpacing("Preuve: vérifiée; voir? oui!")).toBe(`Preuve${NBSP}: vérifiée${NNBSP}; voir${NNBSP}? oui${NNBSP}!`);
    expect(frenchSpacing("« au moins »")).toBe(`«${NNBSP}au moins${NNBSP}»`);
    expect(frenchSpacing("«presque»")).toBe(`«${NNBSP}presque${NNBSP}»`);
  });
  it("leaves URLs and times alone in French", () => {
    expect(frenchSpacing("https://www.ilo.org/x?y=1 à 08:15")).toBe("https://www.ilo.org/x?y=1 à 08:15");
  });
  it("makes punctuation after Chinese text full width", () => {
    expect(chinesePunctuation("证据: 已核实")).toBe("证据：已核实");
    expect(chinesePunctuation("520万美元 (约数)")).toBe("520万美元（约数）");
    expect(chinesePunctuation("就业; 社会保护")).toBe("就业；社会保护");
    expect(chinesePunctuation("C155: 1981")).toBe("C155: 1981");
  });
  it("writes labels, remarks and lists per language", () => {
    expect(labelled("zh", "证据")).toBe("证据：");
    expect(labelled("fr", "Preuve")).toBe(`Preuve${NBSP}: `);
    expect(labelled("en", "Evidence")).toBe("Evidence: ");
    expect(parenthesized("zh", "约数")).toBe("（约数）");
    expect(parenthesized("es", "aproximado")).toBe("(aproximado)");
    expect(joinList("zh", ["就业", "社会保护"], "words")).toBe("就业、社会保护");
    expect(joinList("zh", ["a", "b"])).toBe("a；b");
    expect(joinList("fr", ["a", "b"])).toBe(`a${NNBSP}; b`);
    expect(joinList("es", ["a", "b"])).toBe("a; b");
  });
});

describe("plural forms", () => {
  const forms = { one: "result", other: "results" };
  it("chooses the form by Intl.PluralRules", () => {
    expect(pluralForm("en", 1, forms)).toBe("result");
    expect(pluralForm("en", 0, forms)).toBe("results");
    expect(pluralForm("en", 2, forms)).toBe("results");
    // French counts 0 and 1 as singular.
    expect(pluralForm("fr", 0, { one: "résultat", other: "résultats" })).toBe("résultat");
    expect(pluralForm("fr", 2, { one: "résultat", other: "résultats" })).toBe("résultats");
    expect(pluralForm("es", 1, { one: "resultado", other: "resultados" })).toBe("resultado");
    expect(pluralForm("zh", 1, { other: "个结果" })).toBe("个结果");
  });
});

describe("official names of States", () => {
  it("uses the UN short names where Intl's common names differ", () => {
    expect(stateName("en", "VN")).toBe("Viet Nam");
    expect(stateName("en", "LA")).toBe("Lao People's Democratic Republic");
    expect(stateName("en", "MM")).toBe("Myanmar");
    expect(stateName("en", "TR")).toBe("Türkiye");
    expect(stateName("en", "KR")).toBe("Republic of Korea");
    expect(stateName("fr", "KR")).toBe("République de Corée");
    expect(stateName("es", "LA")).toBe("República Democrática Popular Lao");
    expect(stateName("zh", "KR")).toBe("大韩民国");
    expect(stateName("fr", "MM")).toBe("Myanmar");
    expect(stateName("es", "TR")).toBe("Türkiye");
  });
  it("keeps Intl's name where it is already the official one", () => {
    expect(stateName("zh", "CN")).toBe("中国");
    expect(stateName("fr", "CN")).toBe("Chine");
    expect(stateName("es", "BR")).toBe("Brasil");
    expect(OFFICIAL_STATE_NAMES.CN).toBeUndefined();
  });
  it("never names Myanmar as Burma or Viet Nam as Vietnam in any language", () => {
    for (const lang of ["en", "zh", "fr", "es"] as const) {
      expect(stateName(lang, "MM")).not.toMatch(/Burma|Birmanie|Birmania/);
      expect(stateName(lang, "VN")).not.toBe("Vietnam");
    }
  });
  it("lists every name a State goes by, for search", () => {
    const names = stateNamesInAllLanguages("CN");
    expect(names).toEqual(expect.arrayContaining(["China", "中国", "Chine"]));
    expect(stateNamesInAllLanguages("LA")).toEqual(expect.arrayContaining(["Laos", "Lao People's Democratic Republic", "老挝"]));
  });
});
