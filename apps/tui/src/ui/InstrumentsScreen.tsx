// The instruments browser: filter by category (as classified on the as-of date) and status; an
// instrument's screen lists every member State by region with its status on the as-of date.
import {
  type DecidedMapStatus,
  type InstrumentCategory,
  type InstrumentCode,
  type InstrumentFilter,
  instrumentMap,
  instrumentMapByRegion,
  instrumentsOverview,
  type MapStatus,
} from "@partnership-atlas/core";
import type { Count, Dataset, IsoDate } from "@partnership-atlas/core";
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
  /** The first line shown of the open instrument's States by region. */
  scroll: number;
}

type Action =
  | { type: "category" }
  | { type: "status" }
  | { type: "move"; by: "up" | "down" | "pageUp" | "pageDown"; total: (s: State) => number; page: number }
  | { type: "scroll"; by: "up" | "down" | "pageUp" | "pageDown"; total: number; page: number }
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
    case "scroll":
      return { ...state, scroll: moveSelection(state.scroll, action.total, action.by, action.page) };
    case "open":
      return { ...state, open: action.codeAt(state), scroll: 0 };
    case "close":
      return { ...state, open: null };
  }
}

export function InstrumentsScreen(props: { isActive: boolean }) {
  const { store, state: app, dispatch: appDispatch, theme, rows } = useApp();
  const loaded = useAsync(() => store.loadDataset(), [store, app.revision]);
  const dataset = loaded.status === "done" ? loaded.value : null;
  const [state, dispatch] = useReducer(reducer, { category: 0, status: 0, selected: 0, open: null, scroll: 0 });
  const rowsFor = useMemo(
    () => (s: State) =>
      dataset ? instrumentsOverview(dataset, app.asOf, { category: CATEGORIES[s.category], status: STATUSES[s.status] }) : [],
    [dataset, app.asOf],
  );
  const list = rowsFor(state);
  const height = Math.max(3, rows - 6);
  const byRegion = useMemo(() => (dataset && state.open ? regionLines(dataset, state.open, app.asOf) : null), [dataset, state.open, app.asOf]);

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
        if (byRegion) dispatch({ type: "scroll", by: action, total: byRegion.lines.length, page: height });
        else dispatch({ type: "move", by: action, total: (s) => rowsFor(s).length, page: height });
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
  if (state.open && dataset && byRegion) {
    const ins = dataset.instruments.find((i) => i.code === state.open);
    return (
      <Box flexDirection="column">
        <Text bold wrap="truncate">
          {state.open} {ins?.title} <Text color={theme.muted}>· as of {app.asOf}</Text>
        </Text>
        <Text wrap="truncate">
          {byRegion.summary} <Text color={theme.muted}>(Esc back to the list)</Text>
        </Text>
        <ListWindow
          items={byRegion.lines}
          selected={state.scroll}
          height={height - 1}
          render={(line, selected) => (line.heading ? <Text bold>{line.text}</Text> : <Row selected={selected} text={line.text} />)}
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

/** The words for a map status; the figures come from core. */
const STATUS_WORDS: Record<MapStatus, string> = {
  "in-force": "in force",
  "not-in-force": "ratified, not in force",
  denounced: "denounced",
  abrogated: "abrogated",
  uncertain: "uncertain",
  "not-ratified": "not ratified",
  "not-member": "not a member yet",
};

const SUMMARY: DecidedMapStatus[] = ["in-force", "not-in-force", "denounced", "abrogated", "not-ratified", "not-member"];

function countsText(counts: Record<DecidedMapStatus, Count>): string {
  return SUMMARY.filter((s) => counts[s].high !== 0)
    .map((s) => `${STATUS_WORDS[s]} ${formatCount(counts[s])}`)
    .join(" · ");
}

/** The open instrument's screen as lines: each region with its counts, then its States and their status. */
function regionLines(dataset: Dataset, code: InstrumentCode, asOf: IsoDate): { summary: string; lines: { heading: boolean; text: string }[] } {
  const map = instrumentMap(dataset, code, asOf);
  const names = new Map(dataset.memberStates.map((m) => [m.code as string, m.name]));
  const lines: { heading: boolean; text: string }[] = [];
  for (const region of instrumentMapByRegion(dataset, map)) {
    lines.push({ heading: true, text: `${region.region}: ${countsText(region.counts)}` });
    for (const r of region.rows) {
      const what =
        r.status === "uncertain"
          ? `uncertain (${r.possible.map((p) => STATUS_WORDS[p]).join(" or ")}; ${r.registeredOn ?? r.since ?? ""} is open)`
          : `${STATUS_WORDS[r.status]}${r.since && r.status !== "not-ratified" ? ` since ${r.since}${r.derived && r.status === "in-force" ? " (derived)" : ""}` : ""}`;
      lines.push({ heading: false, text: `  ${r.state} ${(names.get(r.state) ?? r.state).padEnd(24)} ${what}` });
    }
  }
  return { summary: `${map.rows.length} member States: ${countsText(map.counts)}`, lines };
}
