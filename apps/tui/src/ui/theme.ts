// Colours of the terminal UI; none at all when NO_COLOR is set (https://no-color.org).
export interface Theme {
  accent: string | undefined;
  muted: string | undefined;
  error: string | undefined;
  warn: string | undefined;
  ok: string | undefined;
}

export function makeTheme(env: NodeJS.ProcessEnv): Theme {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") {
    return { accent: undefined, muted: undefined, error: undefined, warn: undefined, ok: undefined };
  }
  return { accent: "cyan", muted: "gray", error: "red", warn: "yellow", ok: "green" };
}
