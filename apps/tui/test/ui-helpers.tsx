// Helpers for component tests: a temp SQLite store per test, the App rendered at a fixed date,
// key codes, and waiting for content (polling the last frame, never sleeping for a fixed time).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type IsoDate, parseIsoDate } from "@partnership-atlas/core";
import { openStore, type Store } from "@partnership-atlas/store";
import { render } from "ink-testing-library";
import { App } from "../src/ui/App.js";
import type { Screen } from "../src/ui/appState.js";

export const KEYS = {
  up: "\x1b[A",
  down: "\x1b[B",
  right: "\x1b[C",
  left: "\x1b[D",
  enter: "\r",
  escape: "\x1b",
  tab: "\t",
  backspace: "\x7f",
  ctrlS: "\x13",
  ctrlU: "\x15",
  ctrlZ: "\x1a",
  ctrlE: "\x05",
  space: " ",
} as const;

export interface TempStore {
  url: string;
  store: Store;
  /** A second, independent connection to the same database (another curator). */
  other: () => Promise<Store>;
  cleanup: () => Promise<void>;
}

export async function tempStore(): Promise<TempStore> {
  const dir = await mkdtemp(join(tmpdir(), "atlas-tui-"));
  const url = `sqlite:${join(dir, "atlas.db")}`;
  const store = await openStore(url);
  const opened: Store[] = [store];
  return {
    url,
    store,
    other: async () => {
      const s = await openStore(url);
      opened.push(s);
      return s;
    },
    cleanup: async () => {
      for (const s of opened) await s.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function date(text: string): IsoDate {
  const d = parseIsoDate(text);
  if (!d.ok) throw new Error(d.message);
  return d.date;
}

export type Rendered = ReturnType<typeof render>;

/** Renders the app at a fixed date; `size` sets the terminal (ink-testing-library's own is 100 columns). */
export function renderApp(store: Store, asOf = "2026-11-30", size?: { columns: number; rows: number }, start?: Screen): Rendered {
  const r = render(<App store={store} asOf={date(asOf)} actor="test-curator" env={{ NO_COLOR: "1" }} start={start} />);
  if (size) {
    Object.defineProperty(r.stdout, "columns", { value: size.columns, configurable: true });
    Object.defineProperty(r.stdout, "rows", { value: size.rows, configurable: true });
    r.stdout.emit("resize");
  }
  return r;
}

type Frames = { lastFrame: () => string | undefined };

/** Waits until the last frame matches, polling; fails with the frame seen when it does not in time. */
export async function waitFor(r: Frames, match: RegExp | string, timeoutMs = 15_000): Promise<string> {
  const test = (frame: string) => (typeof match === "string" ? frame.includes(match) : match.test(frame));
  const started = Date.now();
  for (;;) {
    const frame = r.lastFrame() ?? "";
    if (test(frame)) return frame;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${String(match)}; last frame:\n${frame}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** Waits until the last frame no longer matches. */
export async function waitForGone(r: Frames, match: RegExp | string, timeoutMs = 15_000): Promise<string> {
  const test = (frame: string) => (typeof match === "string" ? frame.includes(match) : match.test(frame));
  const started = Date.now();
  for (;;) {
    const frame = r.lastFrame() ?? "";
    if (!test(frame)) return frame;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${String(match)} to go; last frame:\n${frame}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** Waits for the partner list to be loaded (its header counts the member States). */
export function waitForPartnerList(r: Frames): Promise<string> {
  return waitFor(r, /Partners · \d+ member States/);
}

/** Opens China's profile from the partner list by typing its name. */
export async function openChina(r: Rendered): Promise<void> {
  await waitForPartnerList(r);
  r.stdin.write("chin");
  await waitFor(r, "Filter: chin");
  r.stdin.write(KEYS.enter);
  await waitFor(r, /China \(cn\).*as of/);
}
