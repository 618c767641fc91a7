// Shared by the proxy (which decides a 404 before rendering) and the 404 page.

/** The request header in which the proxy names the language of a 404 it decided. */
export const NOT_FOUND_LANG_HEADER = "x-atlas-not-found-lang";
