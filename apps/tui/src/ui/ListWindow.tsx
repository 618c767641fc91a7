// A scrolling window over a list: shows the rows that fit, keeping the selected one in view.
import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { useApp } from "./AppContext.js";

export function windowStart(selected: number, total: number, height: number): number {
  if (total <= height) return 0;
  return Math.min(Math.max(0, selected - Math.floor(height / 2)), total - height);
}

export function ListWindow<T>(props: {
  items: readonly T[];
  selected: number;
  height: number;
  render: (item: T, selected: boolean) => ReactNode;
  empty?: string;
}) {
  const { theme } = useApp();
  const { items, selected, height } = props;
  if (items.length === 0) return <Text color={theme.muted}>{props.empty ?? "(nothing here)"}</Text>;
  const start = windowStart(selected, items.length, height);
  const shown = items.slice(start, start + height);
  return (
    <Box flexDirection="column">
      {shown.map((item, i) => (
        <Box key={start + i}>{props.render(item, start + i === selected)}</Box>
      ))}
      {items.length > height ? (
        <Text color={theme.muted}>
          {start + 1}–{start + shown.length} of {items.length}
        </Text>
      ) : null}
    </Box>
  );
}

/** One row of a list: inverse when selected (readable without colour), cut to the width. */
export function Row(props: { selected: boolean; text: string; color?: string | undefined }) {
  const { columns } = useApp();
  const text = props.text.length > columns - 2 ? `${props.text.slice(0, columns - 3)}…` : props.text;
  return (
    <Text inverse={props.selected} color={props.color} wrap="truncate">
      {props.selected ? "›" : " "}
      {text}
    </Text>
  );
}

/** Moves a selection by an action, clamped to the list. */
export function moveSelection(selected: number, total: number, action: "up" | "down" | "pageUp" | "pageDown", page: number): number {
  const delta = action === "up" ? -1 : action === "down" ? 1 : action === "pageUp" ? -page : page;
  return Math.max(0, Math.min(total - 1, selected + delta));
}
