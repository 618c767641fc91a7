// Search over the records in any of the site's four languages: States by their names in every
// language, instruments by code and number ("C155", "155", "第155号") and by title, agreements and
// projects by title. Whole words, case and accents folded, spelling variants (labor/labour) and a
// small glossary that carries a reader's word to the English of the records ("travail" → labour,
// work, occupational). Pure: it reads the dataset it is given.
import { partnerIdOfState } from "./ids.js";
import { stateName, stateNamesInAllLanguages } from "./locale-format.js";
import type { Dataset, TextLanguage } from "./records.js";

export type SearchKind = "partner" | "instrument" | "agreement" | "project";

/** What matched a query, in parts a page writes in the reader's language. */
export interface SearchMatch {
  kind: SearchKind;
  key: string;
  /** The record's own title or name (a State's English name). */
  title: string;
  /** The State, for a member State's hit: its name is written in the reader's language. */
  state?: string;
  /** Where an agreement or a project belongs. */
  partner?: string;
  /** Which field matched. */
  field: "name" | "code" | "number" | "title";
  /** The text that matched (a name in some language, the title's words that matched), and its language when known. */
  snippet: string;
  snippetLang: TextLanguage | null;
  score: number;
}

/** Case, accents and apostrophes folded: "Côte d’Ivoire" → "cote d'ivoire". */
export function foldText(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘`]/g, "'").toLowerCase();
}

/** Spellings that mean the same word, folded to one. */
const VARIANTS: Record<string, string> = {
  labor: "labour",
  labors: "labours",
  organization: "organisation",
  organizations: "organisations",
  program: "programme",
  programs: "programmes",
  harbor: "harbour",
  center: "centre",
  centers: "centres",
};

/** Words too common to decide a match. */
const STOP = new Set([
  "the", "of", "and", "a", "an", "in", "on", "for", "to",
  "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "sur", "pour", "au", "aux",
  "el", "los", "las", "y", "del", "sobre", "para", "al",
]);

/**
 * A reader's words (folded) and the words of the records' English they stand for. Not
 * translations of titles: a search aid, so "travail" finds the Conventions about labour and work.
 */
const GLOSSARY: Record<string, string[]> = {};
const gloss = (words: string[], english: string[]) => {
  for (const w of words) GLOSSARY[foldText(w)] = [...new Set([...(GLOSSARY[foldText(w)] ?? []), ...english])];
};
gloss(["travail", "travaux", "travailleurs", "travailleur", "trabajo", "trabajos", "trabajadores", "trabajador", "劳动", "劳工", "工作", "工人"], [
  "labour", "labours", "work", "working", "workers", "worker", "occupational",
]);
gloss(["labour", "work"], ["labour", "work"]);
gloss(["forcé", "forcés", "forzoso", "forzosos", "强迫"], ["forced"]);
gloss(["enfants", "enfant", "infantil", "niños", "童工", "儿童"], ["child", "children"]);
gloss(["童工"], ["labour"]);
gloss(["sécurité", "seguridad", "安全"], ["safety"]);
gloss(["santé", "salud", "卫生", "健康"], ["health"]);
gloss(["salaire", "salaires", "salario", "salarios", "工资"], ["wage", "wages"]);
gloss(["marítimo", "maritime", "海事", "海员", "marins", "gens de mer", "gente de mar"], ["maritime", "seafarers"]);
gloss(["emploi", "empleo", "就业"], ["employment"]);
gloss(["protección", "保护"], ["protection"]);
gloss(["discriminación", "歧视"], ["discrimination"]);
gloss(["égalité", "igualdad", "平等"], ["equality", "equal"]);
gloss(["rémunération", "remuneración", "报酬"], ["remuneration"]);
gloss(["syndicale", "sindical", "结社"], ["association"]);
gloss(["autochtones", "indígenas", "土著"], ["indigenous"]);
gloss(["migrants", "migrantes", "移民"], ["migrant", "migrants", "migration"]);
gloss(["femmes", "mujeres", "妇女"], ["women"]);
gloss(["inspección", "监察"], ["inspection"]);
gloss(["convenio", "convenios", "公约"], ["convention"]);
gloss(["protocole", "protocolo", "议定书"], ["protocol"]);
gloss(["accord", "accords", "acuerdo", "acuerdos", "协议"], ["agreement"]);
gloss(["projet", "projets", "proyecto", "proyectos", "项目"], ["project"]);

const HAN = /\p{Script=Han}/u;

function normalizeWord(w: string): string {
  return VARIANTS[w] ?? w;
}

/** The words of a text, folded, variants normalized. */
function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(normalizeWord);
}

/** One query term and every word of the records that satisfies it. */
interface Term {
  alternatives: Set<string>;
  /** Chinese text matches inside words: 中国 has no spaces around it. */
  han: string[];
}

/** The instrument codes a query names by code or number: "C155", "c 155", "155", "第155号", "n° 155". */
export function instrumentCodesIn(q: string): string[] {
  const t = foldText(q).trim();
  const code = /^(c|p|r)\s*\.?\s*0*(\d{1,3})$/.exec(t);
  if (code) return [`${(code[1] ?? "c").toUpperCase()}${(code[2] ?? "").padStart(3, "0")}`];
  const number =
    /^(?:第\s*)?0*(\d{1,3})\s*(?:号)?(?:公约|议定书)?$/.exec(t) ??
    /^(?:convention|convenio|no\.?|n°|no|nº|num\.?|núm\.?|numero|número)\s*(?:no\.?|n°|nº|num\.?|núm\.?)?\s*0*(\d{1,3})$/.exec(t);
  if (number) {
    const n = (number[1] ?? "").padStart(3, "0");
    return [`C${n}`, `P${n}`];
  }
  if (/^mlc\s*,?\s*(2006)?$/.test(t)) return ["MLC2006"];
  return [];
}

/** The English names of the States whose name (in any language) the whole query is. */
function statesNamedBy(dataset: Pick<Dataset, "memberStates">, folded: string): string[] {
  const out: string[] = [];
  for (const m of dataset.memberStates) {
    const words = wordsOf(folded).join(" ");
    const names = [...stateNamesInAllLanguages(m.code), m.name];
    if (names.some((n) => foldText(n) === folded || wordsOf(n).join(" ") === words)) out.push(m.code);
  }
  return out;
}

function termsOf(dataset: Pick<Dataset, "memberStates">, q: string): Term[] {
  const folded = foldText(q).trim();
  // A query that is a State's name ("Chine", "中国") also finds records that name it in English.
  const named = statesNamedBy(dataset, folded);
  if (named.length > 0) {
    const alternatives = new Set<string>();
    const han: string[] = [];
    for (const code of named) {
      for (const n of [stateName("en", code), ...stateNamesInAllLanguages(code)]) {
        if (HAN.test(n)) han.push(foldText(n));
        else for (const w of wordsOf(n)) if (!STOP.has(w)) alternatives.add(w);
      }
    }
    // "China" alone is the name; "Chinese" is not.
    return [{ alternatives, han }];
  }
  const terms: Term[] = [];
  for (const raw of folded.split(/\s+/).filter(Boolean)) {
    if (HAN.test(raw)) {
      const direct = GLOSSARY[raw];
      if (direct) {
        terms.push({ alternatives: new Set(direct), han: [raw] });
        continue;
      }
      // 强迫劳动 is 强迫 + 劳动: each known part is a term of its own.
      const parts = Object.keys(GLOSSARY).filter((k) => HAN.test(k) && raw.includes(k));
      if (parts.length > 0) for (const p of parts) terms.push({ alternatives: new Set(GLOSSARY[p]), han: [p] });
      else terms.push({ alternatives: new Set(), han: [raw] });
      continue;
    }
    for (const w of wordsOf(raw)) {
      if (STOP.has(w)) continue;
      terms.push({ alternatives: new Set([w, ...(GLOSSARY[w] ?? [])]), han: [] });
    }
  }
  return terms;
}

/**
 * The words of the text that satisfy every term (a whole word or its plural, or Chinese inside
 * it), as the text writes them; null when some term is not satisfied.
 */
function matchedWords(terms: Term[], text: string): string[] | null {
  if (terms.length === 0) return null;
  const own = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const folded = foldText(text);
  const found: string[] = [];
  for (const t of terms) {
    const han = t.han.find((h) => folded.includes(h));
    if (han) {
      found.push(han);
      continue;
    }
    const hit = own.find((w) => {
      const f = normalizeWord(foldText(w));
      return [...t.alternatives].some((a) => f === a || f === `${a}s` || (a.endsWith("s") && f === a.slice(0, -1)));
    });
    if (!hit) return null;
    found.push(hit);
  }
  return [...new Set(found)];
}

function matches(terms: Term[], text: string): boolean {
  return matchedWords(terms, text) !== null;
}

/**
 * Every record the query finds, best first: an instrument named by its code or number, then
 * States by name, then titles. At most `limit` hits.
 */
export function searchRecords(
  dataset: Pick<Dataset, "memberStates" | "partners" | "instruments" | "agreements" | "projects">,
  q: string,
  limit = 100,
): SearchMatch[] {
  const hits: SearchMatch[] = [];
  const seen = new Set<string>();
  const add = (h: SearchMatch) => {
    const id = `${h.kind}:${h.key}`;
    if (seen.has(id)) return;
    seen.add(id);
    hits.push(h);
  };
  const codes = new Set(instrumentCodesIn(q));
  for (const ins of dataset.instruments) {
    if (codes.has(ins.code)) {
      const byCode = foldText(q).replace(/\s|\./g, "") === foldText(ins.code);
      add({ kind: "instrument", key: ins.code, title: ins.title, field: byCode ? "code" : "number", snippet: ins.code, snippetLang: null, score: 100 });
    }
  }
  const folded = foldText(q).trim();
  const words = wordsOf(q).join(" ");
  const terms = termsOf(dataset, q);
  // States: by any of their names in the four languages (punctuation aside: "St. Kitts & Nevis"
  // is "St Kitts & Nevis"), from the start of a word, or by code.
  for (const m of dataset.memberStates) {
    const names = [...new Set([...stateNamesInAllLanguages(m.code), m.name])];
    const exact = names.find((n) => foldText(n) === folded || (words !== "" && wordsOf(n).join(" ") === words));
    const byCode = folded === m.code.toLowerCase() || folded === m.alpha3.toLowerCase();
    const partial =
      exact ??
      names.find((n) => {
        const f = foldText(n);
        return HAN.test(folded) ? f.includes(folded) : f.startsWith(folded) || f.split(/[\s(,'-]+/).some((w) => w.startsWith(folded) && folded.length >= 3);
      });
    if (exact || byCode || partial) {
      const snippet = exact ?? partial ?? m.code;
      add({
        kind: "partner",
        key: partnerIdOfState(m.code),
        title: m.name,
        state: m.code,
        field: byCode ? "code" : "name",
        snippet: byCode ? m.code : snippet,
        snippetLang: byCode ? null : languageOfName(m.code, snippet),
        score: exact || byCode ? 90 : 80,
      });
    }
  }
  for (const p of dataset.partners) {
    if (p.kind === "member-state") continue;
    if (matches(terms, p.name)) add({ kind: "partner", key: p.id, title: p.name, field: "name", snippet: p.name, snippetLang: "en", score: 70 });
  }
  for (const ins of dataset.instruments) {
    const words = matchedWords(terms, ins.title);
    if (words) {
      add({
        kind: "instrument",
        key: ins.code,
        title: ins.title,
        field: "title",
        snippet: words.join(", "),
        snippetLang: "en",
        score: ins.status === "up-to-date" ? 60 : 50,
      });
    }
  }
  for (const a of dataset.agreements) {
    const words = matchedWords(terms, a.title);
    if (words) add({ kind: "agreement", key: a.id, title: a.title, partner: a.partner, field: "title", snippet: words.join(", "), snippetLang: "en", score: 40 });
  }
  for (const p of dataset.projects) {
    const words = matchedWords(terms, p.title);
    if (words) add({ kind: "project", key: p.id, title: p.title, partner: p.partner, field: "title", snippet: words.join(", "), snippetLang: "en", score: 40 });
  }
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => b.h.score - a.h.score || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.h);
}

/** Which language a State's name is in (the first whose name it is). */
function languageOfName(code: string, name: string): TextLanguage | null {
  for (const lang of ["en", "zh", "fr", "es"] as const) if (stateName(lang, code) === name) return lang;
  if (HAN.test(name)) return "zh";
  return null;
}
