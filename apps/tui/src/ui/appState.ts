// Navigation and the shared "as of" date of the interactive UI, as one reducer.
import { type CollectionName, type IsoDate, type PartnerId, parseIsoDate } from "@partnership-atlas/core";
import type { ActionId, KeyContext } from "./keys.js";

export type Screen =
  | { kind: "partners" }
  | { kind: "instruments" }
  | { kind: "profile"; partner: PartnerId }
  | { kind: "record"; collection: CollectionName; key: string; partner?: string; confirmDelete?: boolean }
  | { kind: "form"; collection: CollectionName; key: string | null; partner?: string; duplicateOf?: string };

export interface AppState {
  stack: Screen[];
  asOf: IsoDate;
  overlay: "none" | "help" | "asOf";
  asOfDraft: string;
  asOfError: string | null;
  /** Bumped after every write, so views reload from the store. */
  revision: number;
  /** A one-line message about the last thing done. */
  flash: string | null;
  /** The key context of the open form's frame (a list, a picker…), for the footer. */
  formKeys: KeyContext;
}

export type AppAction =
  | { type: "push"; screen: Screen }
  | { type: "pop" }
  | { type: "toggleHelp" }
  | { type: "openAsOf" }
  | { type: "asOfText"; text: string }
  | { type: "asOfErase" }
  | { type: "asOfClear" }
  | { type: "asOfSubmit" }
  | { type: "closeOverlay" }
  | { type: "saved"; message: string; popCount: number }
  | { type: "switchView" }
  | { type: "flash"; message: string | null }
  | { type: "formKeys"; context: KeyContext };

/** The app-wide meaning of a key on any browsing screen (help, the as-of prompt, the other list), or null. */
export function appActionFor(action: ActionId): AppAction | null {
  switch (action) {
    case "help":
      return { type: "toggleHelp" };
    case "asOf":
      return { type: "openAsOf" };
    case "switchView":
      return { type: "switchView" };
    default:
      return null;
  }
}

export function initialAppState(asOf: IsoDate): AppState {
  return { stack: [{ kind: "partners" }], asOf, overlay: "none", asOfDraft: "", asOfError: null, revision: 0, flash: null, formKeys: "form" };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case "push":
      return { ...state, stack: [...state.stack, action.screen], flash: null };
    case "pop":
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1), flash: null } : state;
    case "switchView": {
      const top = state.stack.at(-1);
      const next: Screen = top?.kind === "instruments" ? { kind: "partners" } : { kind: "instruments" };
      return { ...state, stack: [next], flash: null };
    }
    case "toggleHelp":
      return { ...state, overlay: state.overlay === "help" ? "none" : "help" };
    case "openAsOf":
      return { ...state, overlay: "asOf", asOfDraft: state.asOf, asOfError: null };
    case "asOfText":
      return { ...state, asOfDraft: (state.asOfDraft + action.text).slice(0, 10), asOfError: null };
    case "asOfErase":
      return { ...state, asOfDraft: state.asOfDraft.slice(0, -1), asOfError: null };
    case "asOfClear":
      return { ...state, asOfDraft: "", asOfError: null };
    case "asOfSubmit": {
      const parsed = parseIsoDate(state.asOfDraft.trim());
      if (!parsed.ok) return { ...state, asOfError: parsed.message };
      return { ...state, asOf: parsed.date, overlay: "none", flash: `Figures as of ${parsed.date}` };
    }
    case "closeOverlay":
      return { ...state, overlay: "none" };
    case "saved":
      return {
        ...state,
        stack: state.stack.slice(0, Math.max(1, state.stack.length - action.popCount)),
        revision: state.revision + 1,
        flash: action.message,
      };
    case "flash":
      return { ...state, flash: action.message };
    case "formKeys":
      return state.formKeys === action.context ? state : { ...state, formKeys: action.context };
  }
}
