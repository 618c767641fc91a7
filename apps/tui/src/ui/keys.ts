// The one key-binding table: every shortcut of the terminal UI, its context and what it does.
// Screens ask `actionFor` which action a key press means; the help overlay and the footer hints
// are generated from this table, and the table checks itself when the module loads.
import type { Key } from "ink";

export const KEY_CONTEXTS = ["everywhere", "browse", "partners", "profile", "record", "instruments", "form", "entries", "picker", "json", "conflict", "confirm", "prompt"] as const;
export type KeyContext = (typeof KEY_CONTEXTS)[number];

export interface KeyBinding {
  id: string;
  /** Key names: a character, `up`, `down`, `return`, `escape`, `tab`, `shift+tab`, `backspace`, `ctrl+s`… */
  keys: readonly string[];
  contexts: readonly KeyContext[];
  description: string;
  /**
   * The footer hint in a context, a word or two after the key's label ("Enter open"); looked up
   * for the screen's context, then for the contexts it inherits. No entry: not in that footer.
   */
  hints?: Partial<Record<KeyContext, string>>;
}

/** The contexts whose bindings apply in `context`: itself, browsing ones inherit "browse", all inherit "everywhere". */
export function contextsOf(context: KeyContext): KeyContext[] {
  const contexts: KeyContext[] = [context];
  if (context === "partners" || context === "profile" || context === "record" || context === "instruments") contexts.push("browse");
  if (context !== "everywhere") contexts.push("everywhere");
  return contexts;
}

const NAMED_KEYS = ["up", "down", "left", "right", "pageUp", "pageDown", "home", "end", "return", "escape", "tab", "shift+tab", "backspace", "letters"];

/** Whether a key name is one `keyPresses` can produce (or `letters`, any text). */
export function isKeyName(name: string): boolean {
  return NAMED_KEYS.includes(name) || /^ctrl\+[a-z]$/.test(name) || (name.length === 1 && name >= " " && name !== "\x7f");
}

/**
 * Checks a key table, as gemini-cli's keyBindings does: every key name must be one the terminal
 * can produce, every id unique, and no key may mean two actions in one context. Throws naming
 * the binding and the fix; returns the table unchanged.
 */
export function checkKeyTable<T extends readonly KeyBinding[]>(table: T): T {
  const ids = new Set<string>();
  for (const b of table) {
    if (ids.has(b.id)) throw new Error(`key table: the id "${b.id}" is used twice; give each binding its own id`);
    ids.add(b.id);
    for (const k of b.keys) {
      if (!isKeyName(k)) {
        throw new Error(`key table: "${b.id}" names an unknown key "${k}"; use a character, ctrl+<letter> or one of ${NAMED_KEYS.join(", ")}`);
      }
    }
    for (const c of KEY_CONTEXTS) {
      if (b.hints?.[c] !== undefined && !b.contexts.some((own) => contextsOf(c).includes(own))) {
        throw new Error(`key table: "${b.id}" has a hint for "${c}", where it does not apply`);
      }
    }
  }
  for (const context of KEY_CONTEXTS) {
    const seen = new Map<string, string>();
    for (const b of table) {
      if (!b.contexts.some((c) => contextsOf(context).includes(c))) continue;
      for (const k of b.keys) {
        const other = seen.get(k);
        if (other && other !== b.id && k !== "letters") {
          throw new Error(`key table: "${k}" means both "${other}" and "${b.id}" in ${context}; bind one of them to another key`);
        }
        seen.set(k, b.id);
      }
    }
  }
  return table;
}

export const KEY_BINDINGS = checkKeyTable([
  { id: "help", keys: ["?"], contexts: ["browse"], description: "show or hide this help", hints: { browse: "keys" } },
  { id: "asOf", keys: ["@"], contexts: ["browse"], description: "change the as-of date; every figure recomputes", hints: { browse: "date" } },
  { id: "quit", keys: ["ctrl+c"], contexts: ["everywhere"], description: "quit", hints: { partners: "quit" } },
  { id: "quitKey", keys: ["q"], contexts: ["profile", "record", "instruments"], description: "quit" },
  { id: "up", keys: ["up", "k"], contexts: ["browse"], description: "move up (k not while filtering)" },
  { id: "down", keys: ["down", "j"], contexts: ["browse"], description: "move down (j not while filtering)", hints: { record: "scroll" } },
  { id: "pageUp", keys: ["pageUp"], contexts: ["browse"], description: "page up" },
  { id: "pageDown", keys: ["pageDown"], contexts: ["browse"], description: "page down" },
  {
    id: "open",
    keys: ["return"],
    contexts: ["partners", "profile", "instruments"],
    description: "open the selected item",
    hints: { partners: "open", profile: "open", instruments: "who ratified" },
  },
  {
    id: "back",
    keys: ["escape"],
    contexts: ["browse"],
    description: "go back (on the partner list: clear the filter)",
    hints: { profile: "back", record: "back" },
  },
  {
    id: "switchView",
    keys: ["tab"],
    contexts: ["partners", "instruments"],
    description: "switch between partners and instruments",
    hints: { partners: "instruments", instruments: "partners" },
  },
  {
    id: "filterText",
    keys: ["letters"],
    contexts: ["partners"],
    description: "type to filter by name or code; backspace to erase",
    hints: { partners: "type to filter" },
  },
  { id: "nextSection", keys: ["tab", "right", "l"], contexts: ["profile"], description: "next section", hints: { profile: "section" } },
  { id: "prevSection", keys: ["shift+tab", "left", "h"], contexts: ["profile"], description: "previous section" },
  { id: "create", keys: ["n"], contexts: ["profile"], description: "new record in this section" },
  { id: "edit", keys: ["e"], contexts: ["profile", "record"], description: "edit the record", hints: { profile: "edit", record: "edit" } },
  {
    id: "delete",
    keys: ["x"],
    contexts: ["profile", "record"],
    description: "delete the record (asks first)",
    hints: { profile: "delete", record: "delete" },
  },
  { id: "revert", keys: ["u"], contexts: ["record"], description: "undo its last change as a new version (asks why)", hints: { record: "undo" } },
  { id: "category", keys: ["c"], contexts: ["instruments"], description: "cycle the category filter", hints: { instruments: "category" } },
  { id: "status", keys: ["s"], contexts: ["instruments"], description: "cycle the status filter", hints: { instruments: "status" } },
  { id: "duplicate", keys: ["d"], contexts: ["profile", "record"], description: "duplicate the record: a new one starting as a copy", hints: { record: "duplicate" } },
  { id: "nextField", keys: ["tab", "down"], contexts: ["form"], description: "next field (in a picker, Tab also chooses)", hints: { form: "field" } },
  { id: "prevField", keys: ["shift+tab", "up"], contexts: ["form"], description: "previous field" },
  {
    id: "openField",
    keys: ["return"],
    contexts: ["form"],
    description: "open a choice, list or sub-form; on text: next field",
    hints: { form: "open" },
  },
  { id: "save", keys: ["ctrl+s"], contexts: ["form", "entries"], description: "check and save (in a new source: add it)", hints: { form: "save" } },
  { id: "undo", keys: ["ctrl+z"], contexts: ["form", "entries"], description: "undo the last field edit", hints: { form: "undo" } },
  { id: "editJson", keys: ["ctrl+e"], contexts: ["form"], description: "edit the field as JSON (the escape hatch)", hints: { form: "JSON" } },
  { id: "clearField", keys: ["ctrl+u"], contexts: ["form", "picker", "json", "prompt"], description: "clear the field (in a picker: the filter)" },
  { id: "erase", keys: ["backspace"], contexts: ["partners", "form", "picker", "json", "prompt"], description: "erase the last character" },
  { id: "itemUp", keys: ["up"], contexts: ["entries", "picker"], description: "move up" },
  { id: "itemDown", keys: ["down"], contexts: ["entries", "picker"], description: "move down" },
  { id: "openEntry", keys: ["return"], contexts: ["entries"], description: "edit the entry", hints: { entries: "edit" } },
  { id: "addEntry", keys: ["a"], contexts: ["entries"], description: "add an entry", hints: { entries: "add" } },
  { id: "removeEntry", keys: ["x"], contexts: ["entries"], description: "remove the entry", hints: { entries: "remove" } },
  { id: "entryUp", keys: ["K"], contexts: ["entries"], description: "move the entry up", hints: { entries: "move up" } },
  { id: "entryDown", keys: ["J"], contexts: ["entries"], description: "move the entry down", hints: { entries: "move down" } },
  { id: "choose", keys: ["return"], contexts: ["picker"], description: "choose (several: done)", hints: { picker: "choose" } },
  { id: "chooseNext", keys: ["tab"], contexts: ["picker"], description: "choose and go to the next field" },
  { id: "toggle", keys: [" "], contexts: ["picker"], description: "tick or untick (lists of several)", hints: { picker: "tick" } },
  { id: "filterChoices", keys: ["letters"], contexts: ["picker"], description: "type to filter by code or name", hints: { picker: "type to filter" } },
  { id: "applyJson", keys: ["return"], contexts: ["json"], description: "apply the JSON to the field", hints: { json: "apply" } },
  {
    id: "cancel",
    keys: ["escape"],
    contexts: ["form", "entries", "picker", "json", "prompt", "confirm", "conflict"],
    description: "back or cancel (a picker or JSON: left unchanged)",
    hints: { form: "back", entries: "back", picker: "cancel", json: "cancel" },
  },
  { id: "submit", keys: ["return"], contexts: ["prompt"], description: "apply the date, or the note of a revert" },
  { id: "reload", keys: ["r"], contexts: ["conflict"], description: "discard your edit and load their version" },
  { id: "reapply", keys: ["a"], contexts: ["conflict"], description: "apply your edit on top of their version" },
  { id: "yes", keys: ["y"], contexts: ["confirm"], description: "yes, delete" },
  { id: "no", keys: ["n"], contexts: ["confirm"], description: "no, keep it" },
] as const satisfies readonly KeyBinding[]);

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
  const contexts = contextsOf(context);
  const textual = context === "partners" || context === "form" || context === "prompt" || context === "picker" || context === "json";
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
    " ": "Space",
  };
  return labels[name] ?? (name.startsWith("ctrl+") ? `Ctrl+${name.slice(5).toUpperCase()}` : name);
}

/** The hint of a binding in a context: its own entry, else one for a context it inherits. */
function hintIn(b: KeyBinding, context: KeyContext): string | undefined {
  for (const c of contextsOf(context)) {
    const h = b.hints?.[c];
    if (h !== undefined) return h;
  }
  return undefined;
}

/**
 * The footer line of a context, generated from the table: the context's own keys first, then
 * the inherited ones, each as "<key> <hint>" ("Enter open"; a text key reads "type to filter").
 */
export function footerHints(context: KeyContext, table: readonly KeyBinding[] = KEY_BINDINGS): string {
  const own: string[] = [];
  const inherited: string[] = [];
  for (const b of table) {
    const hint = hintIn(b, context);
    if (hint === undefined) continue;
    const [key] = b.keys;
    if (key === undefined) continue;
    const text = key === "letters" ? hint : `${keyLabel(key)} ${hint}`;
    (b.contexts.includes(context) ? own : inherited).push(text);
  }
  return [...own, ...inherited].join(" · ");
}
