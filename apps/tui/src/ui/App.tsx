// The interactive terminal UI: one screen at a time from the navigation stack, plus overlays.
import type { IsoDate } from "@partnership-atlas/core";
import type { Store } from "@partnership-atlas/store";
import { Box, Text, useApp as useInkApp } from "ink";
import { useEffect, useMemo, useReducer } from "react";
import { AppContext, type AppContextValue } from "./AppContext.js";
import { AsOfPrompt } from "./AsOfPrompt.js";
import { appReducer, initialAppState, type Screen } from "./appState.js";
import { HelpOverlay } from "./HelpOverlay.js";
import { footerHints } from "./keys.js";
import { InstrumentsScreen } from "./InstrumentsScreen.js";
import { PartnerList } from "./PartnerList.js";
import { ProfileScreen } from "./ProfileScreen.js";
import { RecordDetail } from "./RecordDetail.js";
import { RecordForm } from "./RecordForm.js";
import { makeTheme } from "./theme.js";
import { KeyRouter, useKeys } from "./useKeys.js";
import { useTerminalSize } from "./useTerminalSize.js";

export interface AppProps {
  store: Store;
  asOf: IsoDate;
  actor: string;
  env: NodeJS.ProcessEnv;
  /** A screen to open on top of the partner list at start (a form, a record). */
  start?: Screen | undefined;
}


export function App(props: AppProps) {
  return (
    <KeyRouter>
      <AppScreens {...props} />
    </KeyRouter>
  );
}

function AppScreens(props: AppProps) {
  const [state, dispatch] = useReducer(appReducer, props, (p: AppProps) => {
    const initial = initialAppState(p.asOf);
    return p.start ? { ...initial, stack: [...initial.stack, p.start] } : initial;
  });
  const { columns, rows } = useTerminalSize();
  const theme = useMemo(() => makeTheme(props.env), [props.env]);
  const ink = useInkApp();
  const context: AppContextValue = { store: props.store, state, dispatch, theme, columns, rows, actor: props.actor };
  // The reducer never pops the last screen; the partner list is the home screen.
  const screen = state.stack.at(-1) ?? { kind: "partners" as const };
  const active = state.overlay === "none";

  // q quits from the browsing screens that take no text (Ctrl+C, handled by Ink, works everywhere).
  const quitContext = screen.kind === "profile" || screen.kind === "record" || screen.kind === "instruments" ? screen.kind : null;
  useKeys(quitContext ?? "form", active && quitContext !== null, (action) => {
    if (action === "quitKey") ink.exit();
  });
  useEffect(() => {
    if (state.flash === null) return;
    const t = setTimeout(() => dispatch({ type: "flash", message: null }), 8000);
    return () => clearTimeout(t);
  }, [state.flash]);

  return (
    <AppContext.Provider value={context}>
      <Box flexDirection="column" width={columns} height={rows - 1}>
        <Box flexGrow={1} flexDirection="column" overflow="hidden">
          {state.overlay === "help" ? <HelpOverlay isActive /> : null}
          {/* Screens below the top stay mounted (hidden) so going back keeps their place. */}
          {state.stack.map((s, i) => (
            <Box
              key={screenKey(s, i)}
              display={state.overlay !== "help" && i === state.stack.length - 1 ? "flex" : "none"}
              flexDirection="column"
            >
              {renderScreen(s, active && i === state.stack.length - 1)}
            </Box>
          ))}
        </Box>
        {/* Two footer lines, always: a message, then the keys (or the as-of prompt). */}
        {state.overlay === "asOf" ? (
          <AsOfPrompt isActive />
        ) : (
          <>
            <Text color={theme.ok} wrap="truncate">
              {state.flash ?? " "}
            </Text>
            <Text color={theme.muted} wrap="truncate">
              {footerHints(screen.kind === "form" ? state.formKeys : screen.kind)}
            </Text>
          </>
        )}
      </Box>
    </AppContext.Provider>
  );
}

function screenKey(s: Screen, i: number): string {
  switch (s.kind) {
    case "partners":
    case "instruments":
      return `${i}:${s.kind}`;
    case "profile":
      return `${i}:profile:${s.partner}`;
    case "record":
    case "form":
      return `${i}:${s.kind}:${s.collection}:${s.key ?? "new"}${s.kind === "form" && s.duplicateOf ? `:${s.duplicateOf}` : ""}`;
  }
}

function renderScreen(screen: Screen, isActive: boolean) {
  switch (screen.kind) {
    case "partners":
      return <PartnerList isActive={isActive} />;
    case "instruments":
      return <InstrumentsScreen isActive={isActive} />;
    case "profile":
      return <ProfileScreen partner={screen.partner} isActive={isActive} />;
    case "record":
      return (
        <RecordDetail
          collection={screen.collection}
          recordKey={screen.key}
          confirmDelete={screen.confirmDelete}
          isActive={isActive}
        />
      );
    case "form":
      return (
        <RecordForm
          collection={screen.collection}
          recordKey={screen.key}
          partner={screen.partner}
          duplicateOf={screen.duplicateOf}
          isActive={isActive}
        />
      );
  }
}
