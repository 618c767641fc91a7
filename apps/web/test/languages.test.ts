// A reader in every language: the data translated, search that understands the reader's words,
// and no developer text on any page. Plain HTTP against the built site; the visible text is read
// from the HTML with each text's language (the nearest `lang` attribute), as a browser would.
import { openStore } from "@partnership-atlas/store";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const baseURL = inject("baseURL");
const LANGS = ["en", "zh", "fr", "es"] as const;
type Lang = (typeof LANGS)[number];

interface TextPiece {
  text: string;
  /** The language of the nearest element with a `lang` attribute. */
  lang: string;
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", "#39": "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });

/** The text a reader sees on the page (not scripts, styles, the title, hidden or screen-reader-only parts), with its language. */
function visibleText(html: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const stack: { tag: string; lang: string | null; hidden: boolean }[] = [];
  const re = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(re)) {
    const [, close, rawTag, attrs = "", selfClose, text] = m;
    if (text !== undefined) {
      if (stack.some((s) => s.hidden)) continue;
      // Only ASCII white space folds: a no-break space is part of the typography under test.
      const t = decode(text).replace(/[ \t\n\r]+/g, " ").replace(/^ | $/g, "");
      if (!t) continue;
      const lang = [...stack].reverse().find((s) => s.lang)?.lang ?? "";
      pieces.push({ text: t, lang });
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (close) {
      const i = stack.map((s) => s.tag).lastIndexOf(tag);
      if (i >= 0) stack.length = i;
      continue;
    }
    if (VOID.has(tag) || selfClose) continue;
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, "i").exec(attrs);
    const lang = attr("lang");
    const cls = attr("class")?.[2] ?? "";
    const hidden = ["script", "style", "title", "template", "noscript", "svg"].includes(tag) || /\shidden(\s|=|$)/.test(attrs) || /\bvisually-hidden\b/.test(cls);
    stack.push({ tag, lang: lang ? (lang[2] ?? lang[3] ?? null) : null, hidden });
  }
  return pieces;
}

async function page(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(new URL(path, baseURL));
  return { status: res.status, html: await res.text() };
}

const isEnglish = (lang: string) => lang === "en" || lang.startsWith("en-");
const prefix = (lang: Lang) => (lang === "en" ? "" : `/${lang}`);

/** Words of the data's controlled vocabularies in English that no translated page may show outside lang="en". */
const VOCABULARY = [
  "in force",
  "not in force",
  "completed",
  "ongoing",
  "planned",
  "status not known",
  "primary source",
  "secondary source",
  "verified",
  "unverified",
  "derived",
  "Asia and the Pacific",
  "south-south",
  "south-south-triangular",
  "South-South and triangular cooperation",
  "Belt and Road",
  "Decent work",
  "Social protection",
  "Employment policy",
  "Skills development",
  "Occupational safety and health",
  "Maritime labour",
  "ILO Country Office",
  "fundamental",
  "governance",
  "technical",
  "assessed contribution",
  "voluntary",
  "Founding member",
  "Membership",
  "Evidence",
  "Agreements",
  "Projects",
  "Priorities",
  "Funding",
  "A founding member",
  "Recent developments",
  "ratifications.total",
  "ratifications.fundamental",
  "contributions.total",
  "membership.founding",
];

/** Words that only an English sentence has: any of them outside lang="en" is English left unmarked. */
const ENGLISH_WORDS = /\b(the|and|of|with|from|which|was|were|has|have|this|that|between|been)\b/i;

describe("the China profile in Chinese, French and Spanish", () => {
  const pages = new Map<Lang, TextPiece[]>();
  beforeAll(async () => {
    for (const lang of ["zh", "fr", "es"] as const) {
      const { status, html } = await page(`/${lang}/partners/cn`);
      expect(status).toBe(200);
      pages.set(lang, visibleText(html));
    }
  });

  it.each(["zh", "fr", "es"] as const)("%s: no English word of the controlled vocabularies outside lang=\"en\"", (lang) => {
    const outside = (pages.get(lang) ?? []).filter((p) => !isEnglish(p.lang)).map((p) => p.text);
    expect(outside.length).toBeGreaterThan(100);
    const text = outside.join("\n");
    // Words the reader's language shares with English are its own ("fundamental" in Spanish).
    const shared: Record<string, string[]> = { es: ["fundamental"], fr: [], zh: [] };
    for (const word of VOCABULARY.filter((w) => !shared[lang]?.includes(w))) {
      const re = new RegExp(`(^|[^\\p{L}-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}-])`, "iu");
      expect(re.test(text), `"${word}" appears outside lang="en" on /${lang}/partners/cn: ${outside.find((t) => re.test(t))}`).toBe(false);
    }
  });

  it.each(["zh", "fr", "es"] as const)("%s: every remaining English text sits in an element with lang=\"en\", marked “(in English)”", (lang) => {
    const all = pages.get(lang) ?? [];
    const outside = all.filter((p) => !isEnglish(p.lang));
    const english = outside.filter((p) => ENGLISH_WORDS.test(p.text));
    expect(english.map((p) => p.text)).toEqual([]);
    if (lang === "zh") {
      // Chinese has no Latin words of its own: two Latin words in a row outside lang="en" are English
      // (codes, file formats, source keys in brackets, addresses and the language switcher aside).
      const latinRun = outside
        .map((p) => p.text.replace(/https?:\/\/\S+/g, "").replace(/\[[^\]]*\]/g, ""))
        .filter((t) => /\p{Script=Latin}{3,}[\s,]+\p{Script=Latin}{3,}/u.test(t));
      expect(latinRun).toEqual([]);
    }
    // The records' English is there, marked, and the reader is told it is in English.
    const marked = all.filter((p) => isEnglish(p.lang));
    expect(marked.some((p) => /Memorandum of Understanding/.test(p.text))).toBe(true);
    const note = { zh: "（英文）", fr: "(en anglais)", es: "(en inglés)" }[lang];
    expect(outside.some((p) => p.text.includes(note))).toBe(true);
  });

  it("writes the project's own narrative in the reader's language", () => {
    const text = (lang: Lang) => (pages.get(lang) ?? []).filter((p) => !isEnglish(p.lang)).map((p) => p.text).join("\n");
    expect(text("zh")).toContain("中国是1919年创建国际劳工组织的国家之一");
    expect(text("zh")).toContain("席位、恢复参与与早期批准");
    expect(text("fr")).toContain("Bureau international du Travail");
    expect(text("fr")).toContain("Coopération Sud-Sud et triangulaire");
    expect(text("es")).toContain("Asia y el Pacífico");
    expect(text("es")).toContain("Oficina Internacional del Trabajo");
    // ILO terms for the data's words.
    expect(text("fr")).toContain("Asie et Pacifique");
    expect(text("zh")).toContain("亚洲及太平洋");
    expect(text("zh")).toContain("国际劳工组织中国和蒙古局");
    expect(text("fr")).toContain("Niveau de preuve");
    expect(text("es")).toContain("Grado de verificación");
    expect(text("es")).not.toMatch(/Evidencia|Membresía/);
    expect(text("fr")).not.toMatch(/non affectée/);
  });

  it("uses each language's typography: Chinese full-width punctuation, French no-break spaces, 万 in Chinese prose", () => {
    const text = (lang: Lang) => (pages.get(lang) ?? []).filter((p) => !isEnglish(p.lang)).map((p) => p.text).join("\n");
    expect(text("zh")).toContain("证据：");
    expect(text("zh")).not.toMatch(/证据:/);
    expect(text("zh")).toMatch(/万美元/);
    expect(text("fr")).toContain("Preuve\u00a0:");
    // (The contributions chart's own description, "2018–2022 · …", is the chart's to typeset.)
    const fr = (pages.get("fr") ?? []).filter((p) => !isEnglish(p.lang) && !p.text.includes(" · ")).map((p) => p.text);
    expect(fr.filter((t) => /\S[;?!]\s/u.test(t))).toEqual([]);
    expect(fr.some((t) => t.includes("\u202f; "))).toBe(true);
    expect(text("fr")).toMatch(/1er décembre|\d{1,2} [a-zé]+ \d{4}/);
  });

  it("explains source keys: each [c10] has a title naming its source, and a legend says what they are", async () => {
    const { html } = await page("/fr/partners/cn");
    expect(html).toMatch(/<a href="#source-c10" title="Source c10\u00a0: [^"]+"/);
    expect(visibleText(html).some((p) => p.text.startsWith("Les codes entre crochets"))).toBe(true);
  });

  it("translates the page's title and meta description", async () => {
    for (const [lang, title, description] of [
      ["zh", "中国：合作概况", "中国与国际劳工组织"],
      ["fr", "Chine\u00a0: profil du partenariat", "Chine et l’OIT"],
      ["es", "China: perfil de la alianza", "China y la OIT"],
    ] as const) {
      const { html } = await page(`/${lang}/partners/cn`);
      const t = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
      expect(decode(t), lang).toContain(title);
      expect(decode(t), lang).not.toContain("Partnership Atlas");
      const d = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "";
      expect(decode(d), lang).toContain(description);
    }
  });
});

/** The links of a search results table, in order. */
async function resultLinks(path: string): Promise<string[]> {
  const { status, html } = await page(path);
  expect(status).toBe(200);
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
  return [...table.matchAll(/<th scope="row"[^>]*><a href="([^"]+)"/g)].map((m) => m[1] ?? "");
}

describe("search in the reader's language", () => {
  it("/zh/search?q=中国 finds China first", async () => {
    const links = await resultLinks(`/zh/search?q=${encodeURIComponent("中国")}`);
    expect(links[0]).toBe("/zh/partners/cn");
  });

  it("/search?q=labor reads it as labour", async () => {
    const links = await resultLinks("/search?q=labor");
    for (const code of ["C029", "C105", "MLC2006"]) expect(links).toContain(`/instruments/${code}`);
  });

  it.each([
    ["fr", "travail"],
    ["es", "trabajo"],
    ["zh", "劳动"],
  ] as const)("/%s/search?q=%s finds the Conventions about work and labour", async (lang, q) => {
    const links = await resultLinks(`${prefix(lang)}/search?q=${encodeURIComponent(q)}`);
    for (const code of ["C029", "C155", "C187"]) expect(links, `${q} finds ${code}`).toContain(`${prefix(lang)}/instruments/${code}`);
  });

  it("/fr/search?q=Chine finds China and not the Conventions on machinery", async () => {
    const links = await resultLinks("/fr/search?q=Chine");
    expect(links[0]).toBe("/fr/partners/cn");
    for (const code of ["C026", "C099", "C119"]) expect(links).not.toContain(`/fr/instruments/${code}`);
  });

  it.each(["C155", "155", "第155号"])("finds C155 by %s", async (q) => {
    const links = await resultLinks(`/zh/search?q=${encodeURIComponent(q)}`);
    expect(links[0]).toBe("/zh/instruments/C155");
  });

  it("writes the number of results with the language's plural rules", async () => {
    const heading = async (path: string) => visibleText((await page(path)).html).find((p) => /result|résultat|resultado|结果/.test(p.text))?.text;
    expect(await heading("/search?q=C155")).toBe("1 result for “C155”");
    expect(await heading("/fr/search?q=C155")).toBe("1 résultat pour «\u202fC155\u202f»");
    expect(await heading("/es/search?q=C155")).toBe("1 resultado para «C155»");
    expect(await heading("/search?q=Chine")).toMatch(/^\d+ results for “Chine”$/);
    // A State found by its name in another language is named in the page's language.
    const fr = visibleText((await page("/fr/search?q=%E4%B8%AD%E5%9B%BD")).html);
    expect(fr.some((p) => p.text === "Chine")).toBe(true);
  });
});

describe("no developer text on any page, in any language", () => {
  let ids: string[] = [];
  beforeAll(async () => {
    const store = await openStore(inject("databaseUrl"));
    try {
      const d = await store.loadDataset();
      ids = [
        ...d.claims.map((c) => c.id),
        ...d.agreements.map((a) => a.id),
        ...d.contributions.map((c) => c.id),
        ...d.projects.map((p) => p.id),
        ...d.countryProgrammes.map((c) => c.id),
        ...d.coverage.map((c) => c.id),
      ];
    } finally {
      await store.close();
    }
    expect(ids.length).toBeGreaterThan(20);
  });
  afterAll(() => {
    ids = [];
  });

  const PATHS = [
    "/",
    "/partners/cn",
    "/partners/br",
    "/partners/kr",
    "/partners/fr",
    "/partners/cn?asOf=2022-13-45",
    "/instruments",
    "/instruments?category=nonsense",
    "/instruments/C155",
    "/instruments/P029",
    "/compare?ids=cn,br",
    "/compare?ids=cn",
    "/compare?ids=cn,br,kr,fr,de",
    "/compare?ids=cn,zz&asOf=bad",
    "/search?q=China",
    "/search?q=x",
    "/about",
    "/map",
  ];
  const DEVELOPER = [
    /must name at least/i,
    /must be (at least|at most|one of|a date|an ISO)/i,
    /is required/i,
    /is not valid/i,
    /\(got "/,
    /Invalid (input|date|option)/i,
    /\bZod/,
    /\bundefined\b/,
    /\bNaN\b/,
    /\[object Object\]/,
    /\bids: /,
    /\b(ratifications|contributions|agreements|projects|membership)\.[a-z]+[A-Z]?[a-z]*\b/,
    /\b5200000\b/,
  ];

  it.each(LANGS)("%s: no record id, metric code or English developer message in the visible text", async (lang) => {
    for (const path of PATHS) {
      const url = `${prefix(lang)}${path === "/" && lang !== "en" ? "" : path}`;
      const { status, html } = await page(url || "/");
      expect(status, url).toBeLessThan(500);
      const text = visibleText(html)
        .map((p) => p.text)
        .join("\n");
      for (const id of ids) expect(text.includes(id), `${url} shows the record id ${id}`).toBe(false);
      for (const re of DEVELOPER) expect(re.exec(text)?.[0] ?? null, `${url} shows developer text`).toBeNull();
    }
  });

  it.each(["zh", "fr", "es"] as const)("%s: a bad asOf and a bad compare are told in the reader's language", async (lang) => {
    const noSuchDay = visibleText((await page(`/${lang}/partners/cn?asOf=2022-13-45`)).html).map((p) => p.text);
    const expectedDay = { zh: "日历中没有这一天", fr: "ce jour n’existe pas dans le calendrier", es: "ese día no existe en el calendario" }[lang];
    expect(noSuchDay.some((t) => t.includes(expectedDay))).toBe(true);
    const badFormat = visibleText((await page(`/${lang}/partners/cn?asOf=yesterday`)).html).map((p) => p.text);
    const expectedFormat = { zh: "请按“年-月-日”书写", fr: "écrivez-la sous la forme année-mois-jour", es: "escríbala como año-mes-día" }[lang];
    expect(badFormat.some((t) => t.includes(expectedFormat))).toBe(true);
    const compare = visibleText((await page(`/${lang}/compare?ids=cn`)).html).map((p) => p.text);
    const expectedIds = { zh: "请至少选择两个合作伙伴进行比较。", fr: "Choisissez au moins deux partenaires à comparer.", es: "Elija al menos dos socios para comparar." }[lang];
    expect(compare).toContain(expectedIds);
  });

  it("the claims table names each figure and writes its value", async () => {
    const text = visibleText((await page("/partners/cn")).html).map((p) => p.text);
    expect(text).toContain("Fundamental Conventions ratified");
    expect(text).toContain("US$5,200,000.00");
    // In prose an amount is rounded, ILO style: "Total recorded: US$6.2 million – US$11.2 million".
    expect(text.some((t) => /^US\$6\.2\u00a0million – US\$11\.2\u00a0million$/.test(t))).toBe(true);
    expect(text.join("\n")).not.toMatch(/US\$NaN/);
  });

  it("writes English dates day first and the States' official names", async () => {
    const text = visibleText((await page("/partners/cn?asOf=2026-12-01")).html).map((p) => p.text);
    expect(text).toContain("Figures as of 1 December 2026");
    expect(text.join("\n")).not.toMatch(/December 1, 2026/);
    const home = visibleText((await page("/")).html).map((p) => p.text);
    for (const name of ["Viet Nam", "Lao People's Democratic Republic", "Myanmar", "Türkiye", "Republic of Korea"]) expect(home).toContain(name);
    for (const name of ["Vietnam", "Laos", "Myanmar (Burma)", "South Korea", "Burma"]) expect(home).not.toContain(name);
    const fr = visibleText((await page("/fr")).html).map((p) => p.text);
    expect(fr).toContain("République de Corée");
    expect(fr).toContain("République démocratique populaire lao");
  });
});
