// The help overlay: every key of the one key-binding table, by where it works.
import { Box, Text } from "ink";
import { useReducer } from "react";
import { useApp } from "./AppContext.js";
import { KEY_BINDINGS, type KeyContext, keyLabel } from "./keys.js";
import { useKeys } from "./useKeys.js";

const CONTEXT_NAMES: Record<KeyContext, string> = {
  everywhere: "Everywhere",
  browse: "Lists and records",
  partners: "Partner list",
  profile: "Profile",
  record: "Record",
  instruments: "Instruments",
  form: "Form",
  entries: "Form: a list of entries (parties, sources…)",
  picker: "Form: choosing from a list",
  json: "Form: a field as JSON",
  conflict: "Conflict",
  confirm: "Delete confirmation",
  prompt: "As-of date",
};

export function helpLines(): { heading: boolean; text: string }[] {
  const lines: { heading: boolean; text: string }[] = [];
  for (const context of Object.keys(CONTEXT_NAMES) as KeyContext[]) {
    const bindings = KEY_BINDINGS.filter((b) => (b.contexts as readonly KeyContext[]).includes(context));
    if (bindings.length === 0) continue;
    lines.push({ heading: true, text: CONTEXT_NAMES[context] });
    for (const b of bindings) lines.push({ heading: false, text: `  ${b.keys.map(keyLabel).join(" / ").padEnd(22)} ${b.description}` });
  }
  return lines;
}

export function HelpOverlay(props: { isActive: boolean }) {
  const { dispatch: appDispatch, rows, theme } = useApp();
  const lines = helpLines();
  const height = Math.max(3, rows - 4);
  const max = Math.max(0, lines.length - height);
  const [scroll, dispatch] = useReducer((s: number, by: number) => Math.max(0, Math.min(max, s + by)), 0);
  useKeys("record", props.isActive, (action) => {
    if (action === "down") dispatch(1);
    else if (action === "up") dispatch(-1);
    else if (action === "pageDown") dispatch(height);
    else if (action === "pageUp") dispatch(-height);
    else if (action === "help" || action === "back" || action === "quitKey") appDispatch({ type: "closeOverlay" });
  });
  return (
    <Box flexDirection="column">
      <Text bold>
        Keys <Text color={theme.muted}>(↑/↓ scroll · ? or Esc closes)</Text>
      </Text>
      {lines.slice(scroll, scroll + height).map((l, i) => (
        <Text key={scroll + i} bold={l.heading} wrap="truncate">
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
