// Create or edit a record with a form generated from core's field descriptor: choices picked
// from lists, references chosen by name, nested lists as sub-forms, every field's help and
// core's errors beside it; writes with the version read, and a conflict shown side by side.
import { type CollectionName, correctionNoteProblem, RECORD_NOUN, recordKey, validateDataset } from "@partnership-atlas/core";
import { ConflictError, type Store, ValidationError } from "@partnership-atlas/store";
import { Box, Text } from "ink";
import { type ReactNode, useEffect, useReducer, useRef, useState } from "react";
import { useApp } from "./AppContext.js";
import { changedFields, showValue } from "./describe.js";
import {
  type Conflict,
  contextOf,
  errorsAt,
  type Frame,
  type FormState,
  filtered,
  formReducer,
  getIn,
  initialForm,
  NEW_SOURCE,
  nameOf,
  referenceOptions,
  type Row,
  rowsOf,
  topFrame,
} from "./formState.js";
import type { Theme } from "./theme.js";
import { useKeys } from "./useKeys.js";

// The longest field name (beneficiaryRegions) fits.
const LABEL = 18;

/** Writes the sources added in the form, then the record: every write checked by core first, so a refusal writes nothing. */
async function write(store: Store, state: FormState, actor: string, note: string | undefined) {
  const collection = state.collection;
  if (state.newSources.length) {
    const dataset = await store.loadDataset();
    const records = dataset[collection] as unknown[];
    const others = state.key === null ? records : records.filter((r) => recordKey(collection, r as never) !== state.key);
    const checked = validateDataset({ ...dataset, sources: [...dataset.sources, ...state.newSources], [collection]: [...others, state.pending] });
    if (!checked.ok) throw new ValidationError("the record and its new sources do not pass core's checks", checked.problems);
    for (const s of state.newSources) await store.create("sources", s, { actor });
  }
  return state.key === null
    ? store.create(collection, state.pending, { actor })
    : store.update(collection, state.key, state.pending, { actor, expectedVersion: state.version ?? 0, note });
}

export function RecordForm(props: {
  collection: CollectionName;
  recordKey: string | null;
  partner?: string | undefined;
  duplicateOf?: string | undefined;
  isActive: boolean;
}) {
  const { store, dispatch: appDispatch, theme, rows, columns, actor } = useApp();
  const [state, dispatch] = useReducer(formReducer, initialForm(props.collection, props.recordKey));

  useEffect(() => {
    let live = true;
    const from = props.recordKey ?? props.duplicateOf ?? null;
    if (from === null) dispatch({ type: "loaded", record: null, version: null, partner: props.partner });
    else
      store.getRecord(props.collection, from).then(
        (v) =>
          live &&
          dispatch(
            props.recordKey === null
              ? { type: "loaded", record: v?.record ?? null, version: null, duplicateOf: from }
              : { type: "loaded", record: v?.record ?? null, version: v?.version ?? null },
          ),
        (error: unknown) => live && dispatch({ type: "failed", message: (error as Error).message }),
      );
    // The choices of references (States, instruments, partners, sources, themes), with their names.
    store.loadDataset().then(
      (dataset) => live && dispatch({ type: "options", options: referenceOptions(dataset) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [store, props.collection, props.recordKey, props.partner, props.duplicateOf]);

  useEffect(() => {
    if (state.closed) appDispatch({ type: "pop" });
  }, [state.closed, appDispatch]);

  // Changing a stored record is a correction: before it is written the curator says why, once per
  // form (a re-applied save after a conflict keeps the reason given).
  const [why, setWhy] = useState<{ text: string; error: string | null } | null>(null);
  const reason = useRef<string | null>(null);
  const [writeSeq, setWriteSeq] = useState(0);
  useEffect(() => {
    if (state.status !== "saving") return;
    if (state.key !== null && reason.current === null) setWhy({ text: "", error: null });
    else setWriteSeq((n) => n + 1);
  }, [state.saveSeq]);
  useKeys(
    "prompt",
    props.isActive && why !== null,
    (action) => {
      if (!why) return;
      if (action === "submit") {
        const missing = correctionNoteProblem("changed", why.text);
        if (missing) return setWhy({ ...why, error: missing.message });
        reason.current = why.text.trim();
        setWhy(null);
        setWriteSeq((n) => n + 1);
      } else if (action === "cancel") {
        setWhy(null);
        dispatch({ type: "failed", message: "a change to a stored record needs a reason; Ctrl+S asks again" });
      } else if (action === "erase") setWhy((w) => w && { ...w, text: w.text.slice(0, -1) });
    },
    // Keys arrive faster than renders: each one adds to the text as it stands then.
    (text) => setWhy((w) => w && { ...w, text: w.text + text, error: null }),
  );

  // Saving: one write per submit (sources added in the form first), with the version the form was loaded from.
  useEffect(() => {
    if (writeSeq === 0 || state.status !== "saving") return;
    write(store, state, actor, reason.current ?? undefined).then(
      (saved) =>
        appDispatch({
          type: "saved",
          message: `Saved ${RECORD_NOUN[state.collection]} ${saved.key} (version ${saved.version})${state.newSources.length ? ` and ${state.newSources.length} new source${state.newSources.length === 1 ? "" : "s"}` : ""}`,
          popCount: 1,
        }),
      (error: unknown) => {
        if (error instanceof ConflictError) {
          const { current, currentVersion, changedBy, changedAt } = error;
          dispatch({ type: "conflict", conflict: { current, currentVersion, changedBy, changedAt } });
        } else if (error instanceof ValidationError && error.problems.length) dispatch({ type: "rejected", problems: error.problems });
        else dispatch({ type: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [writeSeq]);

  const context = contextOf(state);
  useEffect(() => {
    if (props.isActive) appDispatch({ type: "formKeys", context });
  }, [context, props.isActive, appDispatch]);
  // Every press goes to the reducer, which reads it in the context of the frame on top when it
  // arrives: keys typed together ("JP" then Tab) land in the picker the first of them opened.
  useKeys(
    context === "conflict" ? "conflict" : "form",
    props.isActive && state.status !== "saving",
    (_action, press) => dispatch({ type: "key", press }),
    (text) => dispatch({ type: "key", press: { name: text, text } }),
  );

  const noun = RECORD_NOUN[props.collection];
  const title = `${state.key === null ? "New" : "Edit"} ${noun}${state.key ? ` ${state.key}` : ""}${state.version ? ` (version ${state.version})` : ""}`;
  if (state.status === "loading") return <Text>Loading {props.recordKey ?? props.duplicateOf}…</Text>;
  if (state.status === "missing") return <Text>There is no {noun} "{props.recordKey}". Esc goes back.</Text>;
  if (state.status === "conflict" && state.conflict) return <ConflictView state={state} conflict={state.conflict} />;

  const frame = topFrame(state);
  // The screen's lines: title, where in the record, messages, the frame's window, its keys.
  const formErrors = state.formErrors.slice(0, 2);
  // The screen has rows − 3 lines (two footer lines below); the title and messages take theirs.
  const height = Math.max(3, rows - 4 - formErrors.length - (state.status === "saving" ? 1 : 0) - (why?.error ? 1 : 0));
  const width = Math.max(20, columns - 1);
  const crumb = frame && (frame.root === "source" ? "new source · Ctrl+S adds it, Esc drops it" : frame.label);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {title}
        {crumb ? <Text color={theme.muted}> › {crumb}</Text> : null}
      </Text>
      {formErrors.map((m) => (
        <Text key={m} color={theme.error} wrap="truncate">
          {m}
        </Text>
      ))}
      {why ? (
        <Text wrap="truncate">
          Save the change — why? (Enter saves, Esc goes back): {why.text}
          <Text inverse> </Text>
        </Text>
      ) : state.status === "saving" ? (
        <Text>Saving…</Text>
      ) : null}
      {why?.error ? (
        <Text color={theme.error} wrap="truncate">
          Not saved: {why.error}
        </Text>
      ) : null}
      {frame ? <FrameView state={state} frame={frame} height={height} width={width} theme={theme} /> : null}
    </Box>
  );
}

/** A window of lines keeping the focused one in view, with "n–m of t" when cut. */
function Window(props: { lines: { at: number; node: ReactNode }[]; focus: number; height: number; theme: Theme }) {
  const { lines, focus, height } = props;
  const room = lines.length > height ? height - 1 : height;
  const focusLine = Math.max(0, lines.findIndex((l) => l.at === focus));
  const start = lines.length <= room ? 0 : Math.min(Math.max(0, focusLine - Math.floor(room / 3)), lines.length - room);
  const shown = lines.slice(start, start + room);
  return (
    <Box flexDirection="column">
      {shown.map((l, i) => (
        <Box key={start + i}>{l.node}</Box>
      ))}
      {lines.length > room ? (
        <Text color={props.theme.muted}>
          lines {start + 1}–{start + shown.length} of {lines.length}
        </Text>
      ) : null}
    </Box>
  );
}

const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text);

/** A value in one line: text as typed, a choice with its name, lists and objects summed up. */
export function summary(state: FormState, row: Pick<Row, "type" | "editor">, value: unknown): string {
  if (row.editor === "pick" || row.editor === "readonly") {
    if (value === undefined || value === "") return "";
    const name = nameOf(state, row.type, value);
    return name ? `${String(value)} · ${name}` : String(value);
  }
  if (row.editor === "multi") return Array.isArray(value) && value.length ? `${value.length} chosen: ${value.join(", ")}` : "";
  if (row.editor === "list") {
    if (!Array.isArray(value) || value.length === 0) return "";
    const first = leafText(value[0]);
    return `${value.length} ${value.length === 1 ? "entry" : "entries"}${first ? `: ${first}${value.length > 1 ? " …" : ""}` : ""}`;
  }
  if (row.type.kind === "map") {
    const entries = typeof value === "object" && value !== null ? Object.entries(value).filter(([, v]) => v !== undefined && v !== "") : [];
    return entries.map(([k, v]) => `${k}: ${String(v)}`).join(", ");
  }
  if (row.editor === "object") return leafText(value);
  return typeof value === "string" ? value : value === undefined ? "" : String(value);
}

/** The filled-in leaves of a value, joined: "ILO · ilo". */
function leafText(value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  if (Array.isArray(value)) return value.map(leafText).filter(Boolean).join(", ");
  if (typeof value === "object")
    return Object.values(value)
      .map(leafText)
      .filter(Boolean)
      .join(" · ");
  return String(value);
}

function FrameView(props: { state: FormState; frame: Frame; height: number; width: number; theme: Theme }) {
  const { state, frame, height, width, theme } = props;
  const root = frame.root === "record" ? state.draft : (state.sourceDraft ?? {});
  if (frame.kind === "fields") {
    const rowsHere = rowsOf(state, frame);
    const lines: { at: number; node: ReactNode }[] = [];
    const valueWidth = Math.max(10, width - LABEL - 3);
    rowsHere.forEach((row, i) => {
      const focused = i === frame.focus;
      const value = getIn(root, row.path);
      const text = summary(state, row, value);
      const shown = text.length > valueWidth ? (focused && row.editor === "text" ? `…${text.slice(-(valueWidth - 2))}` : cut(text, valueWidth)) : text;
      const errors = errorsAt(state, frame.root, row.path);
      // Empty: whether it must be filled in (a list may stay empty), and how.
      const many = row.editor === "multi" || row.editor === "list";
      const need = many ? "none" : row.optional ? "optional" : "required";
      const how = row.readOnly
        ? "(cannot change)"
        : `${need}${row.editor === "text" ? "" : row.editor === "pick" || row.editor === "multi" ? "; Enter or type to choose" : "; Enter to open"}`;
      lines.push({
        at: i,
        node: (
          <Text wrap="truncate">
            <Text inverse={focused} color={errors.length ? theme.error : undefined}>
              {focused ? "›" : " "}
              {row.name.padEnd(LABEL).slice(0, LABEL)}
            </Text>{" "}
            <Text color={row.readOnly ? theme.muted : undefined}>{shown}</Text>
            {focused && row.editor === "text" ? <Text inverse> </Text> : null}
            {text === "" ? (
              <Text color={theme.muted}>
                {"  "}
                {how}
              </Text>
            ) : null}
          </Text>
        ),
      });
      for (const message of errors.slice(0, 3)) {
        lines.push({
          at: i,
          node: (
            <Text color={theme.error} wrap="truncate">
              {"    ✖ "}
              {cut(message, width - 6)}
            </Text>
          ),
        });
      }
      if (focused && row.help) {
        lines.push({
          at: i,
          node: (
            <Text color={theme.muted} wrap="truncate">
              {"   "}
              {cut(row.help, width - 3)}
            </Text>
          ),
        });
      }
    });
    return <Window lines={lines} focus={frame.focus} height={height} theme={theme} />;
  }
  if (frame.kind === "list") {
    const list = (getIn(root, frame.path) as unknown[] | undefined) ?? [];
    const errors = errorsAt(state, frame.root, frame.path).filter((m) => !/^\d+\./.test(m));
    const lines: { at: number; node: ReactNode }[] = [];
    for (const m of errors.slice(0, 2)) lines.push({ at: -1, node: <Text color={theme.error} wrap="truncate">{`✖ ${cut(m, width - 2)}`}</Text> });
    list.forEach((entry, i) => {
      const focused = i === frame.focus;
      const inner = errorsAt(state, frame.root, [...frame.path, i]);
      lines.push({
        at: i,
        node: (
          <Text inverse={focused} color={inner.length ? theme.error : undefined} wrap="truncate">
            {focused ? "›" : " "}
            {cut(`${i + 1}. ${leafText(entry) || "(empty)"}${inner.length ? ` ✖ ${inner.length}` : ""}`, width - 1)}
          </Text>
        ),
      });
    });
    if (list.length === 0) lines.push({ at: 0, node: <Text color={theme.muted}>(no entries; a adds one)</Text> });
    return <Window lines={lines} focus={frame.focus} height={height} theme={theme} />;
  }
  if (frame.kind === "pick") {
    const options = filtered(state, frame);
    const current = getIn(root, frame.path);
    const code = Math.min(24, Math.max(4, ...options.map((o) => String(o.value).length)));
    const lines: { at: number; node: ReactNode }[] = options.map((o, i) => {
      const focused = i === frame.cursor;
      const mark = frame.multi ? (frame.chosen.includes(o.value as string) ? "[x] " : "[ ] ") : o.value === current ? "(•) " : "( ) ";
      const text = o.value === NEW_SOURCE ? `${NEW_SOURCE}…` : `${mark}${String(o.value).padEnd(code)}  ${o.label}`;
      return {
        at: i,
        node: (
          <Text inverse={focused} wrap="truncate">
            {focused ? "›" : " "}
            {cut(text, width - 1)}
          </Text>
        ),
      };
    });
    if (options.length === 0) lines.push({ at: 0, node: <Text color={theme.muted}>(nothing matches; Backspace widens the filter)</Text> });
    return (
      <Box flexDirection="column">
        <Text wrap="truncate">
          Filter: {frame.filter}
          <Text inverse> </Text>
          <Text color={theme.muted}>
            {"  "}
            {frame.multi ? `${frame.chosen.length} ticked` : ""}
          </Text>
        </Text>
        <Window lines={lines} focus={frame.cursor} height={height - 1} theme={theme} />
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Text wrap="wrap">
        JSON: {frame.text}
        <Text inverse> </Text>
      </Text>
      {frame.error ? <Text color={theme.error}>✖ {frame.error}</Text> : null}
    </Box>
  );
}

function ConflictView(props: { state: FormState; conflict: Conflict }) {
  const { theme, rows } = useApp();
  const c = props.conflict;
  const mine = props.state.pending;
  const fields = changedFields(c.current, mine);
  const lines: { text: string; color?: string | undefined }[] = [];
  for (const f of fields) {
    const rec = (x: unknown) => (x as Record<string, unknown> | null)?.[f];
    lines.push({ text: f });
    lines.push({ text: `  theirs: ${showValue(rec(c.current))}`, color: theme.warn });
    lines.push({ text: `  yours:  ${showValue(rec(mine))}`, color: theme.accent });
  }
  const height = Math.max(3, rows - 10);
  return (
    <Box flexDirection="column">
      <Text bold color={theme.error} wrap="wrap">
        Conflict: {c.current === null ? "the record was deleted" : `changed by ${c.changedBy ?? "someone"} at ${c.changedAt ?? "?"}`} after you
        opened it (you read version {props.state.version}, it is now {c.currentVersion ?? "deleted"}). Nothing was written.
      </Text>
      <Text wrap="truncate">
        {fields.length === 0 ? "Their version and yours are the same." : `Fields that differ (${fields.length}):`}
      </Text>
      {lines.slice(0, height).map((l, i) => (
        <Text key={i} color={l.color} wrap="truncate">
          {l.text}
        </Text>
      ))}
      <Text bold>
        r reload their version · a re-apply yours on top of theirs · Esc cancel
      </Text>
    </Box>
  );
}
