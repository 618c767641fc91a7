// The as-of date prompt (two footer lines): type a date, Enter applies it, every figure recomputes.
import { Text } from "ink";
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
    <>
      <Text color={state.asOfError ? theme.error : theme.muted} wrap="truncate">
        {state.asOfError ?? "Enter applies · Ctrl+U clears · Esc cancels"}
      </Text>
      <Text wrap="truncate">
        As of (YYYY-MM-DD): {state.asOfDraft}
        <Text inverse> </Text>
      </Text>
    </>
  );
}
