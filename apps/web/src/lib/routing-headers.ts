// Request headers the proxy sets for next.config's rewrites and the 404 page; a client's own
// copies are dropped by the proxy. Plain strings, so next.config can import them.

/** The language of a 404 (the 404 page cannot see the address). */
export const NOT_FOUND_LANG_HEADER = "x-atlas-lang";
/** Set on an address the proxy found unknown: rewritten to the 404 page. */
export const MISSING_HEADER = "x-atlas-missing";
/** The real date of a dated profile of a known partner: rewritten to its cached route. */
export const DATED_HEADER = "x-atlas-as-of";
/** The date of the home page asked (today's when none): rewritten to its cached route. */
export const HOME_HEADER = "x-atlas-home";
/** The date of a filtered or sorted home page: rewritten to the route rendered per request. */
export const HOME_FILTERED_HEADER = "x-atlas-home-filtered";
/** The subject (an instrument code or "fundamental") and date of a readable map address: rewritten to its cached route. */
export const MAP_SUBJECT_HEADER = "x-atlas-map-subject";
export const MAP_DATE_HEADER = "x-atlas-map-date";
