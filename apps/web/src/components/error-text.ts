// The few words an error page needs, kept apart from the full dictionary so the client
// bundle stays small. Never shows the error's message or stack: only its digest.
export const ERROR_TEXT = {
  en: { title: "Something went wrong", body: "The page could not be shown. The problem has been logged; please try again in a moment.", retry: "Try again", ref: "Reference", home: "Home" },
  zh: { title: "出现问题", body: "无法显示此页面。问题已记录；请稍后再试。", retry: "重试", ref: "参考编号", home: "首页" },
  fr: { title: "Une erreur s’est produite", body: "La page n’a pas pu être affichée. Le problème a été consigné ; veuillez réessayer dans un instant.", retry: "Réessayer", ref: "Référence", home: "Accueil" },
  es: { title: "Algo salió mal", body: "No se pudo mostrar la página. El problema se ha registrado; inténtelo de nuevo en un momento.", retry: "Reintentar", ref: "Referencia", home: "Inicio" },
} as const;

export type ErrorLang = keyof typeof ERROR_TEXT;
export function errorLang(v: unknown): ErrorLang {
  return typeof v === "string" && v in ERROR_TEXT ? (v as ErrorLang) : "en";
}
