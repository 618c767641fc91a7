// The as-of date prompt: type a date, Enter applies it, every figure recomputes.
import { Box, Text } from "ink";
import { useApp } from "./AppContext.js";
import { useKeys } from "./useKeys.js";

export function AsOfPrompt(props: { isActive: boolean }) {
  const { state, dispatch, theme } = useApp();
  useKeys(
    "prompt",
    props.isActive,
    (action) => {
      if (action === "submit") dispatch({ type: "asOfSubmit" });
      else if (action === "cancel") dispatch({ type: "closeOverlay" });
      else if (action === "erase") dispatch({ type: "asOfErase" });
      else if (action === "clearField") dispatch({ type: "asOfClear" });
    },
    (text) => dispatch({ type: "asOfText", text }),
  );
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text>
        As of (YYYY-MM-DD): {state.asOfDraft}
        <Text inverse> </Text>
      </Text>
      {state.asOfError ? <Text color={theme.error}>{state.asOfError}</Text> : null}
      <Text color={theme.muted}>Enter applies · Ctrl+U clears · Esc cancels</Text>
    </Box>
  );
}
