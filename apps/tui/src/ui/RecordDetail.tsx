// One record: its fields, evidence level, sources and change history; edit, delete or revert its
// last change from here.
import { type CollectionName, correctionNoteProblem, RECORD_NOUN, type Source, type SourceRef } from "@partnership-atlas/core";
import { Box, Text } from "ink";
import { useEffect, useReducer } from "react";
import { useApp } from "./AppContext.js";
import { entryLines, namesFor, revertLastChange } from "../history-text.js";
import { EVIDENCE_WORDS, showValue } from "./describe.js";
import { useAsync } from "./useAsync.js";
import { useKeys } from "./useKeys.js";
import { appActionFor } from "./appState.js";

interface DetailState {
  scroll: number;
  mode: "view" | "confirm" | "deleting" | "note" | "reverting";
  error: string | null;
  edit: number;
  /** The note of a revert or deletion being typed (both are corrections: they must say why). */
  note: string;
  /** What the note is for. */
  purpose: "revert" | "delete";
}

type DetailAction =
  | { type: "scroll"; by: number; max: number }
  | { type: "confirm" }
  | { type: "cancel" }
  | { type: "delete" }
  | { type: "failed"; message: string }
  | { type: "edit" }
  | { type: "revert" }
  | { type: "noteText"; text: string }
  | { type: "noteErase" }
  | { type: "noteSubmit" };

function reducer(state: DetailState, action: DetailAction): DetailState {
  switch (action.type) {
    case "scroll":
      return { ...state, scroll: Math.max(0, Math.min(action.max, state.scroll + action.by)) };
    case "confirm":
      return { ...state, mode: "confirm", error: null, note: "", purpose: "delete" };
    case "cancel":
      return { ...state, mode: "view" };
    case "delete":
      // A deletion is a correction: after the yes, it asks why.
      return state.mode === "confirm" ? { ...state, mode: "note", note: "", purpose: "delete" } : state;
    case "failed":
      return { ...state, mode: "view", error: action.message };
    case "edit":
      return { ...state, edit: state.edit + 1 };
    case "revert":
      return { ...state, mode: "note", note: "", error: null, purpose: "revert" };
    case "noteText":
      return state.mode === "note" ? { ...state, note: state.note + action.text } : state;
    case "noteErase":
      return state.mode === "note" ? { ...state, note: state.note.slice(0, -1) } : state;
    case "noteSubmit": {
      if (state.mode !== "note") return state;
      const missing = correctionNoteProblem(state.purpose === "delete" ? "removed" : "changed", state.note);
      if (missing) return { ...state, error: missing.message };
      return { ...state, mode: state.purpose === "delete" ? "deleting" : "reverting", error: null };
    }
  }
}

export function RecordDetail(props: { collection: CollectionName; recordKey: string; confirmDelete?: boolean; isActive: boolean }) {
  const { store, state: app, dispatch: appDispatch, theme, rows, columns, actor } = useApp();
  const { collection, recordKey } = props;
  const loaded = useAsync(async () => {
    const versioned = await store.getRecord(collection, recordKey);
    const history = await store.history(collection, recordKey);
    // Sentences name States and partners, and cite sources, from these records.
    const named = history.length > 0 ? await namesFor(store) : null;
    const refs = ((versioned?.record as { sources?: SourceRef[] } | undefined)?.sources ?? []) as SourceRef[];
    const sources = await Promise.all(refs.map(async (ref) => ({ ref, source: (await store.getRecord("sources", ref.source))?.record as Source | undefined })));
    return { versioned, history, sources, named };
  }, [store, collection, recordKey, app.revision]);
  const [state, dispatch] = useReducer(reducer, {
    scroll: 0,
    mode: props.confirmDelete ? "confirm" : "view",
    error: null,
    edit: 0,
    note: "",
    purpose: "delete",
  });
  const versioned = loaded.status === "done" ? loaded.value.versioned : null;

  useEffect(() => {
    if (state.mode !== "deleting" || !versioned) return;
    store.delete(collection, recordKey, { actor, expectedVersion: versioned.version, note: state.note.trim() }).then(
      () => appDispatch({ type: "saved", message: `Deleted ${RECORD_NOUN[collection]} ${recordKey}`, popCount: 1 }),
      (error: unknown) => dispatch({ type: "failed", message: (error as Error).message }),
    );
  }, [state.mode, state.note, versioned, store, collection, recordKey, actor, appDispatch]);
  useEffect(() => {
    if (state.mode !== "reverting") return;
    revertLastChange(store, collection, recordKey, { actor, note: state.note.trim() }).then(
      (entry) => appDispatch({ type: "saved", message: `Reverted ${RECORD_NOUN[collection]} ${recordKey} (now version ${entry.version})`, popCount: entry.after === null ? 1 : 0 }),
      (error: unknown) => dispatch({ type: "failed", message: (error as Error).message }),
    );
  }, [state.mode, state.note, store, collection, recordKey, actor, appDispatch]);
  useEffect(() => {
    if (state.edit > 0) appDispatch({ type: "push", screen: { kind: "form", collection, key: recordKey } });
  }, [state.edit, appDispatch, collection, recordKey]);

  const lines: { text: string; color?: string | undefined; bold?: boolean }[] = [];
  if (loaded.status === "done" && versioned) {
    const record = versioned.record as Record<string, unknown>;
    const evidence = String(record.evidence ?? "");
    if (evidence) lines.push({ text: `Evidence: ${EVIDENCE_WORDS[evidence] ?? evidence}`, color: evidence === "unverified" ? theme.warn : undefined });
    lines.push({ text: "Sources:", bold: true });
    if (loaded.value.sources.length === 0) lines.push({ text: "  (none cited)", color: theme.warn });
    for (const { ref, source } of loaded.value.sources) {
      lines.push({
        text: `  ${ref.source}: ${source ? `${source.title} (${source.publisher})${source.url ? ` ${source.url}` : ""}` : "(unknown source)"}${ref.field ? ` [for ${ref.field}]` : ""}${ref.locator ? ` — ${ref.locator}` : ""}`,
      });
    }
    lines.push({ text: "Fields:", bold: true });
    // The record's own fields first, then the notes about its evidence.
    const entries = Object.entries(record).filter(([k]) => k !== "sources" && k !== "evidence");
    const late = new Set(["note", "fieldEvidence"]);
    entries.sort(([a], [b]) => Number(late.has(a)) - Number(late.has(b)));
    for (const [k, v] of entries) {
      lines.push({ text: `  ${k}: ${showValue(v)}` });
    }
    lines.push({ text: "Change history:", bold: true });
    if (loaded.value.history.length === 0) lines.push({ text: "  (no changes since the data was seeded)", color: theme.muted });
    const named = loaded.value.named;
    for (const h of [...loaded.value.history].reverse()) {
      for (const l of named ? entryLines(h, named) : []) {
        const color = l.kind === "removed" ? theme.error : l.kind === "added" ? theme.ok : l.kind === "head" ? theme.muted : undefined;
        lines.push({ text: `  ${l.kind === "head" ? "" : "  "}${l.text}`, color });
      }
    }
  }
  const height = Math.max(3, rows - 4 - (state.mode === "view" ? 0 : 1) - (state.error ? 2 : 0));
  const maxScroll = Math.max(0, lines.length - height);

  useKeys(
    "prompt",
    props.isActive && state.mode === "note",
    (action) => {
      if (action === "submit") dispatch({ type: "noteSubmit" });
      else if (action === "cancel") dispatch({ type: "cancel" });
      else if (action === "erase") dispatch({ type: "noteErase" });
    },
    (text) => dispatch({ type: "noteText", text }),
  );
  useKeys(state.mode === "view" ? "record" : "confirm", props.isActive && (state.mode === "view" || state.mode === "confirm"), (action) => {
    const global = appActionFor(action);
    if (global) return appDispatch(global);
    switch (action) {
      case "up":
        dispatch({ type: "scroll", by: -1, max: maxScroll });
        break;
      case "down":
        dispatch({ type: "scroll", by: 1, max: maxScroll });
        break;
      case "pageUp":
        dispatch({ type: "scroll", by: -height, max: maxScroll });
        break;
      case "pageDown":
        dispatch({ type: "scroll", by: height, max: maxScroll });
        break;
      case "edit":
        dispatch({ type: "edit" });
        break;
      case "duplicate":
        appDispatch({ type: "push", screen: { kind: "form", collection, key: null, duplicateOf: recordKey } });
        break;
      case "delete":
        dispatch({ type: "confirm" });
        break;
      case "revert":
        dispatch({ type: "revert" });
        break;
      case "yes":
        dispatch({ type: "delete" });
        break;
      case "no":
      case "cancel":
        dispatch({ type: "cancel" });
        break;
      case "back":
        appDispatch({ type: "pop" });
        break;
      default:
        break;
    }
  });

  if (loaded.status === "loading") return <Text>Loading {recordKey}…</Text>;
  if (loaded.status === "failed") return <Text color={theme.error}>Could not load {recordKey}: {loaded.message}</Text>;
  if (!versioned) return <Text>There is no {RECORD_NOUN[collection]} "{recordKey}" (it may have been deleted). Esc goes back.</Text>;
  const scroll = Math.min(state.scroll, maxScroll);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {RECORD_NOUN[collection]} {recordKey} <Text color={theme.muted}>· version {versioned.version} · changed by {versioned.updatedBy} at {versioned.updatedAt}</Text>
      </Text>
      {state.mode === "confirm" ? (
        <Text color={theme.warn} bold>
          Delete {RECORD_NOUN[collection]} {recordKey}? y deletes, n keeps it.
        </Text>
      ) : null}
      {state.mode === "deleting" ? <Text>Deleting…</Text> : null}
      {state.mode === "note" ? (
        <Text wrap="truncate">
          {state.purpose === "delete" ? "Delete it — why? (Enter deletes, Esc keeps it): " : "Undo the last change — why? (Enter reverts, Esc cancels): "}
          {state.note}
          <Text inverse> </Text>
        </Text>
      ) : null}
      {state.mode === "reverting" ? <Text>Reverting…</Text> : null}
      {state.error ? (
        <Text color={theme.error} wrap="wrap">
          {state.purpose === "revert" ? "Not reverted" : "Not deleted"}: {state.error}
        </Text>
      ) : null}
      {lines.slice(scroll, scroll + height).map((line, i) => (
        <Text key={scroll + i} color={line.color} bold={line.bold} wrap="truncate">
          {line.text.length > columns ? `${line.text.slice(0, columns - 1)}…` : line.text}
        </Text>
      ))}
    </Box>
  );
}
