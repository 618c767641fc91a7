// The one translation mechanism: a message key and a language give the text, with `{name}`
// placeholders filled in. Each language's text is in its own file beside this one.
import { typeset } from "@partnership-atlas/core";
import type { Lang } from "../languages";
import { en, type MessageKey, type Messages } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { zh } from "./zh";

export type { MessageKey, Messages };

const ALL: Record<Lang, Messages> = { en, zh, fr, es };

/** The text for a key in a language, with `{name}` placeholders filled in. */
export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Each language's messages with its punctuation rules applied once (French spacing, Chinese full width). */
const TYPESET = new Map<Lang, Messages>();
function typesetMessages(lang: Lang): Messages {
  let m = TYPESET.get(lang);
  if (!m) {
    m = Object.fromEntries(Object.entries(ALL[lang]).map(([k, v]) => [k, typeset(lang, v)])) as Messages;
    TYPESET.set(lang, m);
  }
  return m;
}

export function translator(lang: Lang): T {
  const m = typesetMessages(lang);
  return (key, vars) => {
    let s = m[key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

/** Whether the messages have a key (for words the records name, such as an office, that may have none). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
