// People's names for the model's codes (evidence, categories, statuses, channels…), per language.
import type {
  ContributionChannel,
  Evidence,
  Framework,
  InstrumentCategory,
  InstrumentStatus,
  RatificationStatusValue,
} from "@partnership-atlas/core";
import type { Lang } from "./languages";
import type { MessageKey, T } from "./messages";

const EVIDENCE: Record<Evidence, MessageKey> = {
  verified: "evidenceVerified",
  secondary: "evidenceSecondary",
  derived: "evidenceDerived",
  unverified: "evidenceUnverified",
};
export const evidenceLabel = (t: T, e: Evidence) => t(EVIDENCE[e]);

const CATEGORY: Record<InstrumentCategory, MessageKey> = {
  fundamental: "catFundamental",
  governance: "catGovernance",
  technical: "catTechnical",
};
export const categoryLabel = (t: T, c: InstrumentCategory) => t(CATEGORY[c]);

export function ratificationStatusLabel(t: T, s: RatificationStatusValue, automaticBy?: string | null): string {
  switch (s) {
    case "in-force":
      return t("stInForce");
    case "not-in-force":
      return t("stNotInForce");
    case "denounced":
      return automaticBy ? t("stDenouncedBy", { code: automaticBy }) : t("stDenounced");
    case "abrogated":
      return t("stAbrogated");
    case "withdrawn":
      return t("stWithdrawn");
  }
}

const INSTRUMENT_STATUS: Record<InstrumentStatus | "unknown", MessageKey> = {
  "up-to-date": "isUpToDate",
  outdated: "isOutdated",
  interim: "isInterim",
  shelved: "isShelved",
  "to-be-revised": "isToBeRevised",
  abrogated: "isAbrogated",
  withdrawn: "isWithdrawn",
  unknown: "isUnknown",
};
export const instrumentStatusLabel = (t: T, s: InstrumentStatus | undefined) => t(INSTRUMENT_STATUS[s ?? "unknown"]);

const CHANNEL: Record<ContributionChannel, Record<Lang, string>> = {
  assessed: { en: "assessed contribution", zh: "分摊会费", fr: "contribution statutaire", es: "contribución prorrateada" },
  "voluntary-core": { en: "voluntary core", zh: "自愿核心捐款", fr: "contribution volontaire de base", es: "contribución voluntaria básica" },
  "voluntary-non-core": { en: "voluntary non-core", zh: "自愿非核心捐款", fr: "contribution volontaire non affectée à la base", es: "contribución voluntaria no básica" },
  rbsa: { en: "Regular Budget Supplementary Account (RBSA)", zh: "经常预算补充账户", fr: "Compte supplémentaire du budget ordinaire (CSBO)", es: "Cuenta Suplementaria del Presupuesto Ordinario (CSPO)" },
  "south-south-trust-fund": { en: "South-South trust fund", zh: "南南合作信托基金", fr: "fonds fiduciaire Sud-Sud", es: "fondo fiduciario Sur-Sur" },
  "itc-ilo": { en: "ITC-ILO Turin", zh: "国际劳工组织都灵国际培训中心", fr: "CIF-OIT Turin", es: "CIF-OIT Turín" },
  "china-un-funds": { en: "China UN Funds", zh: "中国联合国基金", fr: "fonds de la Chine pour l’ONU", es: "fondos de China para la ONU" },
  "jpo-secondment": { en: "Junior Professional Officers and secondments", zh: "初级专业官员和借调", fr: "jeunes administrateurs et détachements", es: "funcionarios profesionales subalternos y adscripciones" },
  "voluntary-all": { en: "all voluntary contributions", zh: "全部自愿捐款", fr: "ensemble des contributions volontaires", es: "todas las contribuciones voluntarias" },
};
export const channelLabel = (lang: Lang, c: ContributionChannel) => CHANNEL[c][lang];

const FRAMEWORK: Record<Framework, Record<Lang, string>> = {
  "belt-and-road": { en: "Belt and Road Initiative", zh: "“一带一路”倡议", fr: "Initiative la Ceinture et la Route", es: "Iniciativa de la Franja y la Ruta" },
  "south-south-triangular": { en: "South-South and triangular cooperation", zh: "南南合作和三方合作", fr: "coopération Sud-Sud et triangulaire", es: "cooperación Sur-Sur y triangular" },
  "global-development-initiative": { en: "Global Development Initiative", zh: "全球发展倡议", fr: "Initiative pour le développement mondial", es: "Iniciativa para el Desarrollo Global" },
  "decent-work-country-programme": { en: "Decent Work Country Programme", zh: "体面劳动国别计划", fr: "Programme par pays de promotion du travail décent", es: "Programa de Trabajo Decente por País" },
};
export const frameworkLabel = (lang: Lang, f: Framework) => FRAMEWORK[f][lang];
