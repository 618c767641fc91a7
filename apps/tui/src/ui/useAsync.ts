// Loads data from the store for a view; reloads when any dependency changes.
import { type DependencyList, useEffect, useReducer } from "react";

export type AsyncState<T> = { status: "loading" } | { status: "done"; value: T } | { status: "failed"; message: string };

type Action<T> = { type: "start" } | { type: "done"; value: T } | { type: "failed"; message: string };

function reducer<T>(state: AsyncState<T>, action: Action<T>): AsyncState<T> {
  switch (action.type) {
    case "start":
      // Keep showing the previous value while reloading, so the screen does not flicker.
      return state.status === "done" ? state : { status: "loading" };
    case "done":
      return { status: "done", value: action.value };
    case "failed":
      return { status: "failed", message: action.message };
  }
}

export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, dispatch] = useReducer(reducer<T>, { status: "loading" });
  useEffect(() => {
    let live = true;
    dispatch({ type: "start" });
    load().then(
      (value) => live && dispatch({ type: "done", value }),
      (error: unknown) => live && dispatch({ type: "failed", message: (error as Error)?.message ?? String(error) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
