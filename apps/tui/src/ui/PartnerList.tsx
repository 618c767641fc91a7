// The partner list: type to filter, Enter opens the profile.
import type { Partner, PartnerId } from "@partnership-atlas/core";
import { Box, Text } from "ink";
import { useEffect, useReducer } from "react";
import { useApp } from "./AppContext.js";
import { ListWindow, moveSelection, Row } from "./ListWindow.js";
import { useAsync } from "./useAsync.js";
import { useKeys } from "./useKeys.js";
import { appActionFor } from "./appState.js";

interface ListState {
  filter: string;
  selected: number;
  /** The partner to open, set by Enter; an effect carries it out. */
  open: { id: PartnerId; seq: number } | null;
}

type ListAction =
  | { type: "type"; text: string }
  | { type: "erase" }
  | { type: "clear" }
  | { type: "move"; by: "up" | "down" | "pageUp" | "pageDown"; partners: readonly Partner[]; page: number }
  | { type: "open"; partners: readonly Partner[] };

// Every action reads the state it is given, never a value captured at render: keys sent
// together ("chi" + Enter) arrive in one input event and must see each other's effect.
function reducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case "type":
      return { ...state, filter: state.filter + action.text, selected: 0 };
    case "erase":
      return { ...state, filter: state.filter.slice(0, -1), selected: 0 };
    case "clear":
      return { ...state, filter: "", selected: 0 };
    case "move": {
      const total = filterPartners(action.partners, state.filter).length;
      return { ...state, selected: moveSelection(state.selected, total, action.by, action.page) };
    }
    case "open": {
      const p = filterPartners(action.partners, state.filter)[state.selected];
      return p ? { ...state, open: { id: p.id, seq: (state.open?.seq ?? 0) + 1 } } : state;
    }
  }
}

export function filterPartners(partners: readonly Partner[], filter: string): Partner[] {
  const f = filter.trim().toLowerCase();
  if (!f) return [...partners];
  return partners.filter((p) => p.name.toLowerCase().includes(f) || p.id.includes(f));
}

export function PartnerList(props: { isActive: boolean }) {
  const { store, state: app, dispatch: appDispatch, theme, rows } = useApp();
  const loaded = useAsync(() => store.listPartners(), [store, app.revision]);
  const [state, dispatch] = useReducer(reducer, { filter: "", selected: 0, open: null });
  const all = loaded.status === "done" ? loaded.value : [];
  const partners = filterPartners(all, state.filter);
  const height = Math.max(3, rows - 6);
  useEffect(() => {
    if (state.open) appDispatch({ type: "push", screen: { kind: "profile", partner: state.open.id } });
  }, [state.open, appDispatch]);

  useKeys(
    "partners",
    props.isActive,
    (action) => {
      const global = appActionFor(action);
      if (global) return appDispatch(global);
      switch (action) {
        case "up":
        case "down":
        case "pageUp":
        case "pageDown":
          dispatch({ type: "move", by: action, partners: all, page: height });
          break;
        case "open":
          dispatch({ type: "open", partners: all });
          break;
        case "erase":
          dispatch({ type: "erase" });
          break;
        case "back":
          dispatch({ type: "clear" });
          break;
        default:
          break;
      }
    },
    (text) => dispatch({ type: "type", text }),
  );

  return (
    <Box flexDirection="column">
      <Text bold>Partners</Text>
      <Text>
        Filter: {state.filter}
        <Text color={theme.muted}>{state.filter ? "" : "(type to filter)"}</Text>
      </Text>
      {loaded.status === "loading" ? <Text>Loading partners…</Text> : null}
      {loaded.status === "failed" ? <Text color={theme.error}>Could not load partners: {loaded.message}</Text> : null}
      {loaded.status === "done" ? (
        <ListWindow
          items={partners}
          selected={state.selected}
          height={height}
          empty={`No partner matches "${state.filter}"`}
          render={(p, selected) => (
            <Row selected={selected} text={`${p.id.padEnd(6)} ${p.name}  (${p.kind === "member-state" ? "member State" : p.organisationType})`} />
          )}
        />
      ) : null}
    </Box>
  );
}
