// Next.js configuration: the store and its data files load from node_modules at run time.
import type { NextConfig } from "next";

const config: NextConfig = {
  // The store opens native SQLite and reads the dataset's JSON files relative to its own
  // location, so neither may be bundled.
  serverExternalPackages: ["@partnership-atlas/store", "@partnership-atlas/dataset", "better-sqlite3", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  // English pages have no language prefix: `/partners/cn` is served by `/[lang]/partners/cn`.
  async rewrites() {
    return {
      beforeFiles: [
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
  // Headers that do not depend on the request; the Content-Security-Policy (with a fresh
  // nonce per page) is set in src/proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default config;
