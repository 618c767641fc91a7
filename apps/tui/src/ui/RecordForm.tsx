// Create or edit a record: every field checked by core on save, errors beside the field,
// writes with the version read, and a conflict shown side by side — never a silent overwrite.
import { type CollectionName, RECORD_NOUN } from "@partnership-atlas/core";
import { ConflictError, ValidationError } from "@partnership-atlas/store";
import { Box, Text } from "ink";
import { type ReactNode, useEffect, useReducer } from "react";
import { useApp } from "./AppContext.js";
import { changedFields, showValue } from "./describe.js";
import { type Conflict, type FormState, formReducer, initialForm } from "./formState.js";
import { useKeys } from "./useKeys.js";

const LABEL = 14;

export function RecordForm(props: { collection: CollectionName; recordKey: string | null; partner?: string | undefined; isActive: boolean }) {
  const { store, dispatch: appDispatch, theme, rows, columns, actor } = useApp();
  const [state, dispatch] = useReducer(formReducer, initialForm(props.collection, props.recordKey));

  useEffect(() => {
    let live = true;
    if (props.recordKey === null) dispatch({ type: "loaded", record: null, version: null, partner: props.partner });
    else
      store.getRecord(props.collection, props.recordKey).then(
        (v) => live && dispatch({ type: "loaded", record: v?.record ?? null, version: v?.version ?? null }),
        (error: unknown) => live && dispatch({ type: "failed", message: (error as Error).message }),
      );
    return () => {
      live = false;
    };
  }, [store, props.collection, props.recordKey, props.partner]);

  // Saving: one write per submit, with the version the form was loaded from.
  useEffect(() => {
    if (state.status !== "saving") return;
    const write =
      state.key === null
        ? store.create(state.collection, state.pending, { actor })
        : store.update(state.collection, state.key, state.pending, { actor, expectedVersion: state.version ?? 0 });
    write.then(
      (saved) =>
        appDispatch({
          type: "saved",
          message: `Saved ${RECORD_NOUN[state.collection]} ${saved.key} (version ${saved.version})`,
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
  }, [state.saveSeq]);

  const context = state.status === "conflict" ? "conflict" : "form";
  useKeys(
    context,
    props.isActive && state.status !== "saving",
    (action) => {
      switch (action) {
        case "nextField":
          dispatch({ type: "focus", by: 1 });
          break;
        case "prevField":
          dispatch({ type: "focus", by: -1 });
          break;
        case "save":
          dispatch({ type: "submit" });
          break;
        case "erase":
          dispatch({ type: "erase" });
          break;
        case "clearField":
          dispatch({ type: "clear" });
          break;
        case "reload":
          dispatch({ type: "reload" });
          break;
        case "reapply":
          dispatch({ type: "reapply" });
          break;
        case "cancel":
          appDispatch({ type: "pop" });
          break;
        default:
          break;
      }
    },
    (text) => dispatch({ type: "text", text }),
  );

  const title = `${state.key === null ? "New" : "Edit"} ${RECORD_NOUN[props.collection]}${state.key ? ` ${state.key}` : ""}${state.version ? ` (version ${state.version})` : ""}`;
  if (state.status === "loading") return <Text>Loading {props.recordKey}…</Text>;
  if (state.status === "missing") return <Text>There is no {RECORD_NOUN[props.collection]} "{props.recordKey}". Esc goes back.</Text>;
  if (state.status === "conflict" && state.conflict) return <ConflictView state={state} conflict={state.conflict} />;

  // Lines of the form, so a window can keep the focused field in view at any height.
  const lines: { field: number; node: ReactNode }[] = [];
  const valueWidth = Math.max(10, columns - LABEL - 4);
  state.fields.forEach((f, i) => {
    const focused = i === state.focus;
    const shown = f.value.length > valueWidth ? (focused ? `…${f.value.slice(-(valueWidth - 1))}` : `${f.value.slice(0, valueWidth - 1)}…`) : f.value;
    const errors = state.errors[f.name] ?? [];
    lines.push({
      field: i,
      node: (
        <Text wrap="truncate">
          <Text inverse={focused} color={errors.length ? theme.error : undefined}>
            {focused ? "›" : " "}
            {f.name.padEnd(LABEL).slice(0, LABEL)}
          </Text>{" "}
          <Text color={f.readOnly ? theme.muted : undefined}>{shown}</Text>
          {focused && !f.readOnly ? <Text inverse> </Text> : null}
          {f.value === "" || (focused && f.hint) ? (
            <Text color={theme.muted}>
              {"  "}
              {f.readOnly ? "(cannot change)" : `${f.optional ? "optional" : "required"}${f.hint ? `; ${f.hint}` : ""}`}
            </Text>
          ) : null}
        </Text>
      ),
    });
    for (const message of errors) {
      lines.push({
        field: i,
        node: (
          <Text color={theme.error} wrap="truncate">
            {"    ✖ "}
            {message}
          </Text>
        ),
      });
    }
  });
  const height = Math.max(4, rows - 5 - state.formErrors.length);
  const focusLine = lines.findIndex((l) => l.field === state.focus);
  const start = lines.length <= height ? 0 : Math.min(Math.max(0, focusLine - Math.floor(height / 3)), lines.length - height);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {title}
      </Text>
      {state.formErrors.map((m) => (
        <Text key={m} color={theme.error} wrap="truncate">
          {m}
        </Text>
      ))}
      {state.status === "saving" ? <Text>Saving…</Text> : null}
      {lines.slice(start, start + height).map((l, i) => (
        <Box key={start + i}>{l.node}</Box>
      ))}
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
