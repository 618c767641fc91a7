// The instruments browser: filter by category (as classified on the as-of date) and status; who ratified.
import {
  type InstrumentCategory,
  type InstrumentCode,
  type InstrumentFilter,
  instrumentRatifications,
  instrumentsOverview,
} from "@partnership-atlas/core";
import { formatCount } from "../format.js";
import { Box, Text } from "ink";
import { useMemo, useReducer } from "react";
import { useApp } from "./AppContext.js";
import { ListWindow, moveSelection, Row } from "./ListWindow.js";
import { useAsync } from "./useAsync.js";
import { useKeys } from "./useKeys.js";
import { appActionFor } from "./appState.js";

const CATEGORIES: (InstrumentCategory | undefined)[] = [undefined, "fundamental", "governance", "technical"];
const STATUSES: InstrumentFilter["status"][] = [
  undefined,
  "up-to-date",
  "outdated",
  "interim",
  "shelved",
  "to-be-revised",
  "abrogated",
  "withdrawn",
  "unknown",
];

interface State {
  category: number;
  status: number;
  selected: number;
  /** The instrument whose ratifications are shown, or null for the list. */
  open: InstrumentCode | null;
}

type Action =
  | { type: "category" }
  | { type: "status" }
  | { type: "move"; by: "up" | "down" | "pageUp" | "pageDown"; total: (s: State) => number; page: number }
  | { type: "open"; codeAt: (s: State) => InstrumentCode | null }
  | { type: "close" };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "category":
      return { ...state, category: (state.category + 1) % CATEGORIES.length, selected: 0 };
    case "status":
      return { ...state, status: (state.status + 1) % STATUSES.length, selected: 0 };
    case "move":
      return { ...state, selected: moveSelection(state.selected, action.total(state), action.by, action.page) };
    case "open":
      return { ...state, open: action.codeAt(state) };
    case "close":
      return { ...state, open: null };
  }
}

export function InstrumentsScreen(props: { isActive: boolean }) {
  const { store, state: app, dispatch: appDispatch, theme, rows } = useApp();
  const loaded = useAsync(() => store.loadDataset(), [store, app.revision]);
  const dataset = loaded.status === "done" ? loaded.value : null;
  const [state, dispatch] = useReducer(reducer, { category: 0, status: 0, selected: 0, open: null });
  const rowsFor = useMemo(
    () => (s: State) =>
      dataset ? instrumentsOverview(dataset, app.asOf, { category: CATEGORIES[s.category], status: STATUSES[s.status] }) : [],
    [dataset, app.asOf],
  );
  const list = rowsFor(state);
  const height = Math.max(3, rows - 6);

  useKeys("instruments", props.isActive, (action) => {
    const global = appActionFor(action);
    if (global) return appDispatch(global);
    switch (action) {
      case "category":
        dispatch({ type: "category" });
        break;
      case "status":
        dispatch({ type: "status" });
        break;
      case "up":
      case "down":
      case "pageUp":
      case "pageDown":
        dispatch({ type: "move", by: action, total: (s) => rowsFor(s).length, page: height });
        break;
      case "open":
        dispatch({ type: "open", codeAt: (s) => rowsFor(s)[s.selected]?.instrument.code ?? null });
        break;
      case "back":
        if (state.open) dispatch({ type: "close" });
        else appDispatch({ type: "switchView" });
        break;
      default:
        break;
    }
  });

  if (loaded.status === "loading") return <Text>Loading instruments…</Text>;
  if (loaded.status === "failed") return <Text color={theme.error}>Could not load instruments: {loaded.message}</Text>;
  if (state.open && dataset) {
    const ins = dataset.instruments.find((i) => i.code === state.open);
    const who = instrumentRatifications(dataset, state.open, app.asOf);
    return (
      <Box flexDirection="column">
        <Text bold wrap="truncate">
          {state.open} {ins?.title} <Text color={theme.muted}>· as of {app.asOf}</Text>
        </Text>
        <Text>
          Ratified by {formatCount(who.count)} (Esc back to the list)
        </Text>
        <ListWindow
          items={who.rows}
          selected={-1}
          height={height}
          empty="No ratification in the data."
          render={(r) => (
            <Row
              selected={false}
              text={`${r.state} ${r.stateName.padEnd(20)} ${r.registeredOn} ${r.status}${r.statusFrom ? ` since ${r.statusFrom}` : ""}${r.automaticBy ? ` (by ${r.automaticBy})` : ""}`}
            />
          )}
        />
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Text bold>
        Instruments <Text color={theme.muted}>· as of {app.asOf}</Text>
      </Text>
      <Text wrap="truncate">
        Category: <Text color={theme.accent}>{CATEGORIES[state.category] ?? "all"}</Text> (c) · Status:{" "}
        <Text color={theme.accent}>{STATUSES[state.status] ?? "all"}</Text> (s) · {list.length} shown
      </Text>
      <ListWindow
        items={list}
        selected={state.selected}
        height={height}
        empty="No instrument matches these filters."
        render={(r, selected) => (
          <Row
            selected={selected}
            text={`${r.instrument.code.padEnd(8)} ${r.category.padEnd(11)} ${(r.instrument.status ?? "unknown").padEnd(11)} ${formatCount(r.ratifications).padStart(3)} ratified  ${r.instrument.title}`}
          />
        )}
      />
    </Box>
  );
}
