// The one translation mechanism: a message key and a language give the text, with `{name}`
// placeholders filled in. Each language's text is in its own file beside this one.
import type { Lang } from "../languages";
import { en, type MessageKey, type Messages } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { zh } from "./zh";

export type { MessageKey, Messages };

const ALL: Record<Lang, Messages> = { en, zh, fr, es };

/** The text for a key in a language, with `{name}` placeholders filled in. */
export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): T {
  const m = ALL[lang];
  return (key, vars) => {
    let s = m[key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}
