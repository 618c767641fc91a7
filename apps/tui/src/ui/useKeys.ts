// Binds a screen's actions to keys through the one key-binding table.
//
// One Ink `useInput` at the root (KeyRouter) receives all input; screens register their
// handlers here in a layout effect, so a handler is live as soon as its screen is drawn —
// a key typed right after a prompt appears is never lost, and never goes to a stale handler.
import { useInput } from "ink";
import { createContext, createElement, type ReactNode, useContext, useLayoutEffect, useRef } from "react";
import { type ActionId, actionFor, type KeyContext, type KeyPress, keyPresses } from "./keys.js";

interface Handler {
  context: KeyContext;
  isActive: boolean;
  onAction: (action: ActionId, press: KeyPress) => void;
  onText: ((text: string) => void) | undefined;
}

type Registry = Set<{ current: Handler }>;

const RouterContext = createContext<Registry | null>(null);

/** Receives all keyboard input and hands every key press to the active handlers. */
export function KeyRouter(props: { children: ReactNode }) {
  const registry = useRef<Registry>(new Set()).current;
  useInput((input, key) => {
    for (const press of keyPresses(input, key)) {
      for (const entry of [...registry]) {
        const h = entry.current;
        if (!h.isActive) continue;
        const action = actionFor(press, h.context);
        if (action) h.onAction(action, press);
        else if (press.text !== null && h.onText) h.onText(press.text);
      }
    }
  });
  return createElement(RouterContext.Provider, { value: registry }, props.children);
}

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
  const registry = useContext(RouterContext);
  if (!registry) throw new Error("useKeys outside <KeyRouter>");
  const entry = useRef<Handler>({ context, isActive, onAction, onText });
  useLayoutEffect(() => {
    entry.current = { context, isActive, onAction, onText };
  });
  useLayoutEffect(() => {
    registry.add(entry);
    return () => {
      registry.delete(entry);
    };
  }, [registry]);
}
