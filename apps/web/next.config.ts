// Next.js configuration: routing of unprefixed and dated addresses, the security headers, and
// the store and its data files loaded from node_modules at run time.
import type { NextConfig } from "next";
import { DATED_HEADER, HOME_FILTERED_HEADER, HOME_HEADER, MAP_DATE_HEADER, MAP_SUBJECT_HEADER, MISSING_HEADER } from "./src/lib/routing-headers";

/**
 * One policy for every page, so a page can be cached and sent to everyone alike (a per-request
 * nonce would make every page render per request). Next's bootstrap and React Server Components
 * payload are inline scripts, hence 'unsafe-inline' for scripts: record text is always rendered
 * as text by React (escaped in HTML, JSON-encoded in the payload), and no inline script carries
 * record data as code, so this does not open a door to stored script injection.
 */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The embed pages (`/embed/*`) are made to be framed by any site; every other page may not be. */
const EMBED_CSP = PAGE_CSP.replace("frame-ancestors 'none'", "frame-ancestors *");
const EMBED_PATHS = ["/embed/:path*", "/:lang(zh|fr|es)/embed/:path*"];

/** The API and downloads are data, never documents: nothing may load or run. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The proxy's marks for a readable map address: its subject and date. */
const MAP_VIEW = [
  { type: "header" as const, key: MAP_SUBJECT_HEADER, value: "(?<subject>fundamental|[A-Z0-9]+)" },
  { type: "header" as const, key: MAP_DATE_HEADER, value: "(?<on>\\d{4}-\\d{2}-\\d{2})" },
];

const CONTENT_LANGUAGE = { zh: "zh-Hans", fr: "fr", es: "es" } as const;

const config: NextConfig = {
  // The store opens native SQLite and reads the dataset's JSON files relative to its own
  // location, so neither may be bundled.
  // resvg (the map's PNG) is a native module; world-atlas's outlines are read from its package.
  serverExternalPackages: ["@partnership-atlas/store", "@partnership-atlas/dataset", "better-sqlite3", "pg", "@resvg/resvg-js", "world-atlas"],
  poweredByHeader: false,
  // Hashing every 235 KB profile for an ETag cost a fifth of the cached page's serving time;
  // pages are revalidated every 50 s and carry s-maxage, so conditional GETs gain little.
  generateEtags: false,
  reactStrictMode: true,
  // The route cache (today's profiles and dated views) lives in memory only, in Next's LRU bounded
  // by this size: dates are unbounded, so pages written to disk would be too. 256 MB holds the
  // 748 profiles (187 States × 4 languages) with room for the dated views most asked for;
  // a page pushed out is rendered again on its next request.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // The root layout is app/[lang]/layout.tsx; addresses that reach no language get this page.
    globalNotFound: true,
  },
  async rewrites() {
    return {
      beforeFiles: [
        // The proxy marks what it decided (src/proxy.ts): an unknown address goes to the 404 page
        // (an address no route serves, so Next sends its full HTML with status 404) ...
        { source: "/:path*", has: [{ type: "header", key: MISSING_HEADER }], destination: "/en/-/not-found" },
        // ... and a real date on a known partner's profile to the cached dated route.
        {
          source: "/partners/:id",
          has: [{ type: "header", key: DATED_HEADER, value: "(?<on>\\d{4}-\\d{2}-\\d{2})" }],
          destination: "/en/partners/:id/on/:on",
        },
        {
          source: "/:lang(zh|fr|es)/partners/:id",
          has: [{ type: "header", key: DATED_HEADER, value: "(?<on>\\d{4}-\\d{2}-\\d{2})" }],
          destination: "/:lang/partners/:id/on/:on",
        },
        // The home page for a date: cached per date, or (filtered, sorted) rendered per request.
        { source: "/", has: [{ type: "header", key: HOME_HEADER, value: "(?<on>\\d{4}-\\d{2}-\\d{2})" }], destination: "/en/home/:on" },
        {
          source: "/:lang(zh|fr|es)",
          has: [{ type: "header", key: HOME_HEADER, value: "(?<on>\\d{4}-\\d{2}-\\d{2})" }],
          destination: "/:lang/home/:on",
        },
        {
          source: "/",
          has: [{ type: "header", key: HOME_FILTERED_HEADER, value: "(?<on>\\d{4}-\\d{2}-\\d{2})" }],
          destination: "/en/home/:on/filtered",
        },
        {
          source: "/:lang(zh|fr|es)",
          has: [{ type: "header", key: HOME_FILTERED_HEADER, value: "(?<on>\\d{4}-\\d{2}-\\d{2})" }],
          destination: "/:lang/home/:on/filtered",
        },
        // A readable map address to its cached view (an instrument or "fundamental", on a date).
        { source: "/map", has: MAP_VIEW, destination: "/en/map/view/:subject/:on" },
        { source: "/:lang(zh|fr|es)/map", has: MAP_VIEW, destination: "/:lang/map/view/:subject/:on" },
        // A profile on a date that cannot be read (`?asOf=`, as the as-of form sends it) is computed
        // on demand by a dynamic sibling route, which says so; without it the profile is the cached page. These come
        // first so the English rule below does not take the dated address.
        { source: "/partners/:id", has: [{ type: "query", key: "asOf" }], destination: "/en/partners/:id/as-of" },
        {
          source: "/:lang(zh|fr|es)/partners/:id",
          has: [{ type: "query", key: "asOf" }],
          destination: "/:lang/partners/:id/as-of",
        },
        // English pages have no language prefix: `/partners/cn` is served by `/[lang]/partners/cn`.
        { source: "/", destination: "/en" },
        {
          source: "/:first((?!(?:en|zh|fr|es|api|data|_next)(?:/|$))[^/.]+)/:rest*",
          destination: "/en/:first/:rest*",
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // The same for every request, so cached pages keep them.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: PAGE_CSP },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // Later rules override earlier ones for the same header.
      {
        source: "/:path((?!api/|api$|data/|data$|_next/).*)",
        headers: [{ key: "Content-Language", value: "en" }],
      },
      ...Object.entries(CONTENT_LANGUAGE).map(([lang, tag]) => ({
        source: `/${lang}/:path*`,
        headers: [{ key: "Content-Language", value: tag }],
      })),
      // X-Frame-Options has no "allow" value, so it is sent everywhere but on the embed pages.
      { source: "/:path((?!embed(?:/|$)|(?:zh|fr|es)/embed(?:/|$)).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      ...EMBED_PATHS.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: EMBED_CSP }] })),
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      { source: "/data/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default config;
