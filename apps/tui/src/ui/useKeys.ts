// Binds a screen's actions to keys through the one key-binding table.
import { useInput } from "ink";
import { type ActionId, actionFor, type KeyContext, type KeyPress, keyPresses } from "./keys.js";

/**
 * Calls `onAction` for every key press that means an action in `context`, and `onText`
 * for printable characters that mean none (text contexts). Every character of the input counts.
 */
export function useKeys(
  context: KeyContext,
  isActive: boolean,
  onAction: (action: ActionId, press: KeyPress) => void,
  onText?: (text: string) => void,
): void {
  useInput(
    (input, key) => {
      for (const press of keyPresses(input, key)) {
        const action = actionFor(press, context);
        if (action) onAction(action, press);
        else if (press.text !== null && onText) onText(press.text);
      }
    },
    { isActive },
  );
}
