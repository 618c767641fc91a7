// The one key-binding table: every shortcut of the terminal UI, its context and what it does.
// Screens ask `actionsFor` which actions a chunk of input means; the help overlay lists this table.
import type { Key } from "ink";

export type KeyContext = "everywhere" | "browse" | "partners" | "profile" | "record" | "instruments" | "form" | "conflict" | "confirm" | "prompt";

export interface KeyBinding {
  id: string;
  /** Key names: a character, `up`, `down`, `return`, `escape`, `tab`, `shift+tab`, `backspace`, `ctrl+s`… */
  keys: readonly string[];
  contexts: readonly KeyContext[];
  description: string;
}

export const KEY_BINDINGS = [
  { id: "help", keys: ["?"], contexts: ["browse"], description: "show or hide this help" },
  { id: "asOf", keys: ["@"], contexts: ["browse"], description: "change the as-of date; every figure recomputes" },
  { id: "quit", keys: ["ctrl+c"], contexts: ["everywhere"], description: "quit" },
  { id: "quitKey", keys: ["q"], contexts: ["profile", "record", "instruments"], description: "quit" },
  { id: "up", keys: ["up", "k"], contexts: ["browse"], description: "move up (k not while filtering)" },
  { id: "down", keys: ["down", "j"], contexts: ["browse"], description: "move down (j not while filtering)" },
  { id: "pageUp", keys: ["pageUp"], contexts: ["browse"], description: "page up" },
  { id: "pageDown", keys: ["pageDown"], contexts: ["browse"], description: "page down" },
  { id: "open", keys: ["return"], contexts: ["partners", "profile", "instruments"], description: "open the selected item" },
  { id: "back", keys: ["escape"], contexts: ["browse"], description: "go back (on the partner list: clear the filter)" },
  { id: "switchView", keys: ["tab"], contexts: ["partners", "instruments"], description: "switch between partners and instruments" },
  { id: "filterText", keys: ["letters"], contexts: ["partners"], description: "type to filter partners; backspace to erase" },
  { id: "nextSection", keys: ["tab", "right", "l"], contexts: ["profile"], description: "next section" },
  { id: "prevSection", keys: ["shift+tab", "left", "h"], contexts: ["profile"], description: "previous section" },
  { id: "create", keys: ["n"], contexts: ["profile"], description: "new record in this section" },
  { id: "edit", keys: ["e"], contexts: ["profile", "record"], description: "edit the record" },
  { id: "delete", keys: ["x"], contexts: ["profile", "record"], description: "delete the record (asks first)" },
  { id: "revert", keys: ["u"], contexts: ["record"], description: "undo the record's last change with a new version (asks why)" },
  { id: "category", keys: ["c"], contexts: ["instruments"], description: "cycle the category filter" },
  { id: "status", keys: ["s"], contexts: ["instruments"], description: "cycle the status filter" },
  { id: "nextField", keys: ["tab", "down", "return"], contexts: ["form"], description: "next field" },
  { id: "prevField", keys: ["shift+tab", "up"], contexts: ["form"], description: "previous field" },
  { id: "save", keys: ["ctrl+s"], contexts: ["form"], description: "check and save" },
  { id: "clearField", keys: ["ctrl+u"], contexts: ["form", "prompt"], description: "clear the field" },
  { id: "erase", keys: ["backspace"], contexts: ["partners", "form", "prompt"], description: "erase the last character" },
  { id: "cancel", keys: ["escape"], contexts: ["form", "prompt", "confirm", "conflict"], description: "cancel" },
  { id: "submit", keys: ["return"], contexts: ["prompt"], description: "apply the date, or the note of a revert" },
  { id: "reload", keys: ["r"], contexts: ["conflict"], description: "discard your edit and load their version" },
  { id: "reapply", keys: ["a"], contexts: ["conflict"], description: "apply your edit on top of their version" },
  { id: "yes", keys: ["y"], contexts: ["confirm"], description: "yes, delete" },
  { id: "no", keys: ["n"], contexts: ["confirm"], description: "no, keep it" },
] as const satisfies readonly KeyBinding[];

export type ActionId = (typeof KEY_BINDINGS)[number]["id"];

/** One key press: a named key or a character, with modifiers. */
export interface KeyPress {
  name: string;
  /** The printable character, when the key is one. */
  text: string | null;
}

const NAMED: [keyof Key, string][] = [
  ["upArrow", "up"],
  ["downArrow", "down"],
  ["leftArrow", "left"],
  ["rightArrow", "right"],
  ["pageUp", "pageUp"],
  ["pageDown", "pageDown"],
  ["home", "home"],
  ["end", "end"],
  ["return", "return"],
  ["escape", "escape"],
  ["tab", "tab"],
  ["backspace", "backspace"],
  ["delete", "backspace"],
];

const CONTROL_CHARS: Record<string, string> = { "\r": "return", "\n": "return", "\t": "tab", "\x7f": "backspace", "\b": "backspace", "\x1b": "escape" };

/**
 * Splits what useInput delivered into single key presses: keys typed quickly or sent together
 * arrive as one string, and every character of it counts.
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
  for (const [flag, name] of NAMED) {
    if (key[flag]) {
      const prefix = `${key.ctrl && name !== "backspace" ? "ctrl+" : ""}${key.shift && name === "tab" ? "shift+" : ""}`;
      return [{ name: `${prefix}${name}`, text: null }];
    }
  }
  if (key.ctrl && input.length === 1) return [{ name: `ctrl+${input.toLowerCase()}`, text: null }];
  const presses: KeyPress[] = [];
  for (const ch of input) {
    const control = CONTROL_CHARS[ch];
    if (control) presses.push({ name: control, text: null });
    else if (ch < " ") presses.push({ name: `ctrl+${String.fromCharCode(ch.charCodeAt(0) + 96)}`, text: null });
    else presses.push({ name: ch, text: ch });
  }
  return presses;
}

/** The action a key press means in a context, if any. Text contexts consume plain letters as text. */
export function actionFor(press: KeyPress, context: KeyContext): ActionId | null {
  const contexts: KeyContext[] = [context, "everywhere"];
  if (context === "partners" || context === "profile" || context === "record" || context === "instruments") contexts.push("browse");
  const textual = context === "partners" || context === "form" || context === "prompt";
  for (const b of KEY_BINDINGS as readonly KeyBinding[]) {
    if (!b.contexts.some((c) => contexts.includes(c))) continue;
    // While typing, a plain letter is text, not a shortcut (? and @ still work on the partner list).
    if (textual && press.text !== null && /[\p{L}\p{N}]/u.test(press.text) && !b.contexts.includes(context)) continue;
    if (b.keys.includes(press.name)) return b.id as ActionId;
  }
  return null;
}

/** Key names as shown to people. */
export function keyLabel(name: string): string {
  const labels: Record<string, string> = {
    up: "↑",
    down: "↓",
    left: "←",
    right: "→",
    return: "Enter",
    escape: "Esc",
    tab: "Tab",
    "shift+tab": "Shift+Tab",
    backspace: "Backspace",
    pageUp: "PgUp",
    pageDown: "PgDn",
    letters: "a–z",
  };
  return labels[name] ?? (name.startsWith("ctrl+") ? `Ctrl+${name.slice(5).toUpperCase()}` : name);
}
