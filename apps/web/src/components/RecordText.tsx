// A text from the records in the reader's language where it has one; otherwise the original,
// marked with its language and a visible "(in English)" in the reader's.
import { type LocalizedText, textIn, typeset } from "@partnership-atlas/core";
import type { Lang } from "@/i18n/languages";
import { translator } from "@/i18n/messages";

export function RecordText({ text, lang }: { text: LocalizedText; lang: Lang }) {
  const shown = textIn(text, lang);
  if (shown.lang === lang) return <>{typeset(lang, shown.text)}</>;
  return (
    <>
      <span lang={shown.lang}>{shown.text}</span> <span className="lang-note">{translator(lang)(`inLanguage:${shown.lang}`)}</span>
    </>
  );
}

/** The same text as a plain string, for a title or a meta description (no marking possible there). */
export function recordTextString(text: LocalizedText, lang: Lang): string {
  return textIn(text, lang).text;
}
