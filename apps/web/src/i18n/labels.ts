// The message key for each of the model's codes (evidence, categories, statuses, channels…): the
// text itself is in the messages, like every other word of the interface.
import type {
  ContributionChannel,
  Evidence,
  Framework,
  InstrumentCategory,
  InstrumentStatus,
  Metric,
  Project,
  RatificationStatusValue,
  Source,
} from "@partnership-atlas/core";
import { hasMessage, type MessageKey, type T } from "./messages";

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

export const channelLabel = (t: T, c: ContributionChannel) => t(`channel:${c}`);

export const frameworkLabel = (t: T, f: Framework) => t(`framework:${f}`);

export const modalityLabel = (t: T, m: Project["modality"]) => t(`modality:${m}`);

export const projectStatusLabel = (t: T, s: Project["status"]) => t(`projectStatus:${s}`);

export const sourceKindLabel = (t: T, k: Source["kind"]) => t(`sourceKind:${k}`);

export const metricLabel = (t: T, m: Metric) => t(`metric:${m}`);

/** A theme's name in the language; the record's own label (English) when the messages have none. */
export function themeLabel(t: T, id: string, recordLabel: string): { text: string; translated: boolean } {
  const key = `theme:${id}`;
  return hasMessage(key) ? { text: t(key), translated: true } : { text: recordLabel, translated: false };
}

/** An ILO office's name in the language; the record's own (English) when the messages have none. */
export function officeLabel(t: T, office: string): { text: string; translated: boolean } {
  const key = `office:${office}`;
  return hasMessage(key) ? { text: t(key), translated: true } : { text: office, translated: false };
}
