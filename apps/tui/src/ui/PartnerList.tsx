// The partner list: every member State and every other partner; type to filter by name or code,
// Enter opens the profile. Partners with curated records are marked.
import type { PartnerId } from "@partnership-atlas/core";
import { Box, Text } from "ink";
import { useEffect, useMemo, useReducer } from "react";
import { useApp } from "./AppContext.js";
import { ListWindow, moveSelection, Row } from "./ListWindow.js";
import { filterEntries, type PartnerEntry, partnerEntries } from "./partnerEntries.js";
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
  | { type: "move"; by: "up" | "down" | "pageUp" | "pageDown"; entries: readonly PartnerEntry[]; page: number }
  | { type: "open"; entries: readonly PartnerEntry[] };

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
      const total = filterEntries(action.entries, state.filter).length;
      return { ...state, selected: moveSelection(state.selected, total, action.by, action.page) };
    }
    case "open": {
      const p = filterEntries(action.entries, state.filter)[state.selected];
      return p ? { ...state, open: { id: p.id, seq: (state.open?.seq ?? 0) + 1 } } : state;
    }
  }
}

export function PartnerList(props: { isActive: boolean }) {
  const { store, state: app, dispatch: appDispatch, theme, rows } = useApp();
  const loaded = useAsync(
    async () => partnerEntries((await store.listRecords("memberStates")).map((v) => v.record), await store.listPartners()),
    [store, app.revision],
  );
  const [state, dispatch] = useReducer(reducer, { filter: "", selected: 0, open: null });
  const all = useMemo(() => (loaded.status === "done" ? loaded.value : []), [loaded]);
  const shown = useMemo(() => filterEntries(all, state.filter), [all, state.filter]);
  const states = all.filter((e) => e.kind === "member State").length;
  const curated = all.filter((e) => e.curated).length;
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
          dispatch({ type: "move", by: action, entries: all, page: height });
          break;
        case "open":
          dispatch({ type: "open", entries: all });
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
      <Text bold wrap="truncate">
        Partners{" "}
        <Text color={theme.muted}>
          {loaded.status === "done"
            ? `· ${states} member States${all.length > states ? `, ${all.length - states} other` : ""} · ● ${curated} with curated records`
            : ""}
        </Text>
      </Text>
      <Text wrap="truncate">
        Filter: {state.filter}
        <Text color={theme.muted}>{state.filter ? ` (${shown.length} match)` : "(type a name or code)"}</Text>
      </Text>
      {loaded.status === "loading" ? <Text>Loading partners…</Text> : null}
      {loaded.status === "failed" ? <Text color={theme.error}>Could not load partners: {loaded.message}</Text> : null}
      {loaded.status === "done" ? (
        <ListWindow
          items={shown}
          selected={state.selected}
          height={height}
          empty={`No partner matches "${state.filter}"`}
          render={(p, selected) => <Row selected={selected} text={entryText(p)} />}
        />
      ) : null}
    </Box>
  );
}

/** One row: id, name, a mark for curated records, and the kind when it is not a member State. */
export function entryText(p: PartnerEntry): string {
  return `${p.id.padEnd(6)} ${p.name}${p.kind === "member State" ? "" : ` (${p.kind})`}${p.curated ? "  ●" : ""}`;
}
