// How the site writes dates, amounts, names of States and punctuation in each of its four
// languages: the one home of these rules, used by every page (through the web's i18n/format)
// and by anything else that writes for readers. Pure: Intl only, no clock, no I/O.

/** The languages readers read the atlas in. */
export const READER_LANGUAGES = ["en", "zh", "fr", "es"] as const;
export type ReaderLanguage = (typeof READER_LANGUAGES)[number];

/** BCP 47 tags for Intl (Chinese is Simplified; English dates follow ILO house style, day first). */
const INTL_LOCALE: Record<ReaderLanguage, string> = { en: "en-GB", zh: "zh-Hans", fr: "fr", es: "es" };

const NBSP = "\u00a0";
/** Narrow no-break space, which French typography puts before ; ! ? and inside « ». */
const NNBSP = "\u202f";

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.PluralRules>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// Names of States

/**
 * The official short names of States in each language, as the United Nations terminology
 * (UNTERM) and the ILO write them, where they differ from what Intl.DisplayNames gives
 * ("Vietnam", "Laos", "Myanmar (Burma)", 韩国, "Corée du Sud"…). Every page, the map and its
 * titles name States through `stateName`, so this is the one table.
 */
export const OFFICIAL_STATE_NAMES: Readonly<Record<string, Partial<Record<ReaderLanguage, string>>>> = {
  AG: { en: "Antigua and Barbuda" },
  BA: { en: "Bosnia and Herzegovina" },
  BH: { es: "Bahrein" },
  BN: { en: "Brunei Darussalam", zh: "文莱达鲁萨兰国", fr: "Brunéi Darussalam", es: "Brunei Darussalam" },
  BO: { en: "Bolivia (Plurinational State of)", zh: "多民族玻利维亚国", fr: "Bolivie (État plurinational de)", es: "Bolivia (Estado Plurinacional de)" },
  BY: { fr: "Bélarus", es: "Belarús" },
  CD: { en: "Democratic Republic of the Congo", zh: "刚果民主共和国", fr: "République démocratique du Congo", es: "República Democrática del Congo" },
  CG: { en: "Congo", zh: "刚果", fr: "Congo", es: "Congo" },
  CI: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire", es: "Côte d'Ivoire" },
  CV: { en: "Cabo Verde", fr: "Cabo Verde", es: "Cabo Verde" },
  DJ: { es: "Djibouti" },
  GB: {
    en: "United Kingdom of Great Britain and Northern Ireland",
    zh: "大不列颠及北爱尔兰联合王国",
    fr: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    es: "Reino Unido de Gran Bretaña e Irlanda del Norte",
  },
  GW: { es: "Guinea-Bissau" },
  IQ: { fr: "Iraq", es: "Iraq" },
  IR: { en: "Iran (Islamic Republic of)", zh: "伊朗伊斯兰共和国", fr: "Iran (République islamique d')", es: "Irán (República Islámica del)" },
  KG: { fr: "Kirghizistan" },
  KN: { en: "Saint Kitts and Nevis", fr: "Saint-Kitts-et-Nevis" },
  KR: { en: "Republic of Korea", zh: "大韩民国", fr: "République de Corée", es: "República de Corea" },
  LA: { en: "Lao People's Democratic Republic", zh: "老挝人民民主共和国", fr: "République démocratique populaire lao", es: "República Democrática Popular Lao" },
  LC: { en: "Saint Lucia" },
  MD: { en: "Republic of Moldova", zh: "摩尔多瓦共和国", fr: "République de Moldova", es: "República de Moldova" },
  MM: { en: "Myanmar", fr: "Myanmar", es: "Myanmar" },
  QA: { es: "Qatar" },
  RU: { en: "Russian Federation", zh: "俄罗斯联邦", fr: "Fédération de Russie", es: "Federación de Rusia" },
  SA: { es: "Arabia Saudita" },
  ST: { en: "Sao Tome and Principe" },
  SY: { en: "Syrian Arab Republic", zh: "阿拉伯叙利亚共和国", fr: "République arabe syrienne", es: "República Árabe Siria" },
  SZ: { es: "Eswatini" },
  TL: { fr: "Timor-Leste" },
  TR: { en: "Türkiye", fr: "Türkiye", es: "Türkiye" },
  TT: { en: "Trinidad and Tobago" },
  TZ: { en: "United Republic of Tanzania", zh: "坦桑尼亚联合共和国", fr: "République-Unie de Tanzanie", es: "República Unida de Tanzanía" },
  US: { en: "United States of America", zh: "美利坚合众国", fr: "États-Unis d'Amérique", es: "Estados Unidos de América" },
  VC: { en: "Saint Vincent and the Grenadines" },
  VE: { en: "Venezuela (Bolivarian Republic of)", zh: "委内瑞拉玻利瓦尔共和国", fr: "Venezuela (République bolivarienne du)", es: "Venezuela (República Bolivariana de)" },
  VN: { en: "Viet Nam", fr: "Viet Nam", es: "Viet Nam" },
};

/** A State's official short name in the language: the table above, else Intl's name, else the code. */
export function stateName(lang: ReaderLanguage, code: string): string {
  const official = OFFICIAL_STATE_NAMES[code.toUpperCase()]?.[lang];
  if (official) return official;
  try {
    const dn = cached(`dn:${lang}`, () => new Intl.DisplayNames([INTL_LOCALE[lang]], { type: "region", fallback: "code" }));
    return (dn as Intl.DisplayNames).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Every name a State goes by in the four languages (official and Intl's common one), each once. */
export function stateNamesInAllLanguages(code: string): string[] {
  const names = new Set<string>();
  for (const lang of READER_LANGUAGES) names.add(stateName(lang, code));
  // Intl's common names, British and American English both ("St Kitts & Nevis", "St. Kitts & Nevis").
  for (const locale of [...Object.values(INTL_LOCALE), "en"]) {
    try {
      const dn = cached(`dn-common:${locale}`, () => new Intl.DisplayNames([locale], { type: "region", fallback: "code" }));
      const common = (dn as Intl.DisplayNames).of(code.toUpperCase());
      if (common) names.add(common);
    } catch {
      // no Intl name: the official one is enough
    }
  }
  return [...names];
}

// ---------------------------------------------------------------------------------------------
// Dates

function dateParts(date: string): number[] | null {
  const parts = date.split("-").map(Number);
  if (parts.length === 0 || parts.length > 3 || parts.some((n) => Number.isNaN(n))) return null;
  return parts;
}

/**
 * A date of any precision (`2026-12-01`, `2019-04`, `2019`) as a reader writes it: "1 December 2026"
 * (ILO house style, never "December 1, 2026"), "1er décembre 2026", "1 de diciembre de 2026",
 * "2026年12月1日".
 */
export function formatDateText(lang: ReaderLanguage, date: string): string {
  const parts = dateParts(date);
  if (!parts) return date;
  const [y = 0, m = 1, d = 1] = parts;
  const options: Intl.DateTimeFormatOptions =
    parts.length === 3
      ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
      : parts.length === 2
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", timeZone: "UTC" };
  const f = cached(`d:${lang}:${parts.length}`, () => new Intl.DateTimeFormat(INTL_LOCALE[lang], options)) as Intl.DateTimeFormat;
  const text = f.format(new Date(Date.UTC(y, m - 1, d)));
  // French writes the first day of a month as an ordinal: "1er décembre".
  if (lang === "fr" && parts.length === 3 && d === 1) return text.replace(/^1(?=\s)/, "1er");
  return text;
}

/**
 * A date as it follows a preposition ("since", "until", "from"): French and Spanish put the
 * article before a day ("depuis le 10 juin 2022", "hasta el 9 de junio de 2022") but not before a
 * month or a year ("depuis juin 2022", "desde 1919"). English and Chinese are unchanged.
 */
export function formatDateAfterPreposition(lang: ReaderLanguage, date: string): string {
  const text = formatDateText(lang, date);
  const parts = dateParts(date);
  if (!parts || parts.length < 3) return text;
  if (lang === "fr") return `le${NBSP}${text}`;
  if (lang === "es") return `el ${text}`;
  return text;
}

// ---------------------------------------------------------------------------------------------
// Numbers and money

export function formatInteger(lang: ReaderLanguage, n: number): string {
  return (cached(`n:${lang}`, () => new Intl.NumberFormat(INTL_LOCALE[lang])) as Intl.NumberFormat).format(n);
}

function decimal(lang: ReaderLanguage, n: number, maxDigits: number): string {
  return (
    cached(`dec:${lang}:${maxDigits}`, () => new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: maxDigits })) as Intl.NumberFormat
  ).format(n);
}

/** The currency as prose names it: "US$", "dollars des États-Unis", "美元"; the ISO code for others. */
const USD_WORDS: Record<ReaderLanguage, { one: string; many: string }> = {
  en: { one: "US$", many: "US$" },
  zh: { one: "美元", many: "美元" },
  fr: { one: "dollars des États-Unis", many: "de dollars des États-Unis" },
  es: { one: "dólares de los Estados Unidos", many: "de dólares de los Estados Unidos" },
};

/**
 * A large amount as prose and headlines write it, rounded to one decimal of its unit:
 * "US$11.2 million", "11,2 millions de dollars des États-Unis", "11,2 millones de dólares de los
 * Estados Unidos", "1120万美元", "1.2亿美元". Amounts under a million (under 万 in Chinese) are
 * written in full. Tables and downloads keep the exact amount (formatMoneyExact).
 */
export function formatMoneyProse(lang: ReaderLanguage, amount: string | number, currency: string): string {
  const n = typeof amount === "number" ? amount : Number(amount);
  if (!Number.isFinite(n)) return String(amount);
  if (currency !== "USD") {
    return (
      cached(
        `mp:${lang}:${currency}`,
        () => new Intl.NumberFormat(INTL_LOCALE[lang], { style: "currency", currency, notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 }),
      ) as Intl.NumberFormat
    ).format(n);
  }
  const words = USD_WORDS[lang];
  if (lang === "zh") return `${chineseLargeNumber(n)}${words.one}`;
  const abs = Math.abs(n);
  const units: [number, Record<Exclude<ReaderLanguage, "zh">, [string, string]>][] = [
    [1e9, { en: ["billion", "billion"], fr: ["milliard", "milliards"], es: ["mil millones", "mil millones"] }],
    [1e6, { en: ["million", "million"], fr: ["million", "millions"], es: ["millón", "millones"] }],
  ];
  for (const [size, names] of units) {
    if (abs >= size) {
      const value = Math.round((n / size) * 10) / 10;
      const [singular, plural] = names[lang];
      const unit = Math.abs(value) < 2 ? singular : plural;
      const num = decimal(lang, value, 1);
      if (lang === "en") return `US$${num}${NBSP}${unit}`;
      return `${num}${NBSP}${unit} ${words.many}`;
    }
  }
  const whole = decimal(lang, n, 0);
  return lang === "en" ? `US$${whole}` : `${whole}${NBSP}${words.one}`;
}

/**
 * A number in Chinese prose with 万 (10⁴) and 亿 (10⁸): 5200000 → "520万", 11200000 → "1120万",
 * 120000000 → "1.2亿". Under 万 it is written in full.
 */
export function chineseLargeNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e8) return `${decimal("zh", Math.round((n / 1e8) * 100) / 100, 2)}亿`;
  if (abs >= 1e4) return `${decimal("zh", Math.round((n / 1e4) * 10) / 10, 1).replace(/,/g, "")}万`;
  return decimal("zh", n, 2);
}

/** An exact decimal amount in its currency, for tables and downloads: "US$11,200,000.00". */
export function formatMoneyExact(lang: ReaderLanguage, amount: string, currency: string): string {
  const f = cached(
    `m:${lang}:${currency}`,
    () => new Intl.NumberFormat(INTL_LOCALE[lang], { style: "currency", currency, maximumFractionDigits: 2 }),
  ) as Intl.NumberFormat;
  // Intl accepts a decimal string and keeps its precision (ECMA-402 2023); TypeScript types it as number.
  return f.format(amount as unknown as number);
}

// ---------------------------------------------------------------------------------------------
// Plurals

/** The plural category of a count in the language (Intl.PluralRules): "one", "other", "many"… */
export function pluralCategory(lang: ReaderLanguage, n: number): Intl.LDMLPluralRule {
  return (cached(`pl:${lang}`, () => new Intl.PluralRules(INTL_LOCALE[lang])) as Intl.PluralRules).select(n);
}

/** The form for a count: `forms[category]`, else `forms.other`. */
export function pluralForm<T>(lang: ReaderLanguage, n: number, forms: { other: T } & Partial<Record<Intl.LDMLPluralRule, T>>): T {
  return forms[pluralCategory(lang, n)] ?? forms.other;
}

// ---------------------------------------------------------------------------------------------
// Punctuation

/**
 * French spacing: a no-break space before a colon, a narrow no-break space before ; ! ? and
 * inside « ». Leaves URLs, times (08:15) and already spaced text as they are.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
    .replace(/(\S)[ \u00a0\u202f]*([;!?])(?=\s|$|[»)])/g, `$1${NNBSP}$2`)
    .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/g, `$1${NBSP}:`);
}

/**
 * Chinese full-width punctuation after Chinese text: "证据:" → "证据：", "(约数)" → "（约数）",
 * "; " → "；". Latin text inside (a code, a URL, a time) keeps its own.
 */
export function chinesePunctuation(text: string): string {
  const han = "[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]";
  return text
    .replace(new RegExp(`(${han})\\s*:\\s*`, "gu"), "$1：")
    .replace(new RegExp(`(${han})\\s*;\\s*`, "gu"), "$1；")
    .replace(new RegExp(`(${han})\\s*,\\s*`, "gu"), "$1，")
    .replace(new RegExp(`\\s*\\((${han}[^()]*)\\)`, "gu"), "（$1）");
}

/** A text written by the site's own messages, with the language's punctuation rules applied. */
export function typeset(lang: ReaderLanguage, text: string): string {
  if (lang === "fr") return frenchSpacing(text);
  if (lang === "zh") return chinesePunctuation(text);
  return text;
}

/** A label followed by its value: "Evidence: x", "Preuve : x", "证据：x". */
export function labelled(lang: ReaderLanguage, label: string): string {
  if (lang === "zh") return `${label}：`;
  if (lang === "fr") return `${label}${NBSP}: `;
  return `${label}: `;
}

/** A remark in parentheses: "(approximate)", "（约数）". */
export function parenthesized(lang: ReaderLanguage, text: string): string {
  return lang === "zh" ? `（${text}）` : `(${text})`;
}

/** Items of a list in running text or a cell: "a; b" in English and Spanish, "a ; b" in French, "a；b" or "a、b" in Chinese. */
export function joinList(lang: ReaderLanguage, items: readonly string[], kind: "words" | "phrases" = "phrases"): string {
  if (lang === "zh") return items.join(kind === "words" ? "、" : "；");
  // French puts a narrow no-break space before the semicolon.
  if (lang === "fr") return items.join(`${NNBSP}; `);
  return items.join("; ");
}
