// What every screen of the interactive UI shares: the store, navigation state, theme and size.
import type { Store } from "@partnership-atlas/store";
import { createContext, type Dispatch, useContext } from "react";
import type { AppAction, AppState } from "./appState.js";
import type { Theme } from "./theme.js";

export interface AppContextValue {
  store: Store;
  state: AppState;
  dispatch: Dispatch<AppAction>;
  theme: Theme;
  columns: number;
  rows: number;
  actor: string;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error("useApp outside <App>");
  return value;
}
