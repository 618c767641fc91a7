// Runs before every route: reads the language from the path prefix and sets the
// Content-Security-Policy with a fresh nonce, which Next.js puts on its own scripts.
import { type NextRequest, NextResponse } from "next/server";
import { DEFAULT_LANG, splitLangPath } from "./i18n/languages";

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function pageCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Paths that are not pages: the API, downloads, Next's own files, and files with an extension. */
function isPage(pathname: string): boolean {
  return !/^\/(api|data|_next)(\/|$)/.test(pathname) && !/\.[a-z0-9]+$/i.test(pathname);
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isPage(pathname)) {
    const res = NextResponse.next();
    res.headers.set("Content-Security-Policy", API_CSP);
    return res;
  }
  const { lang, rest, prefixed } = splitLangPath(pathname);
  if (prefixed && lang === DEFAULT_LANG) {
    // English has no prefix; one address per page.
    const url = request.nextUrl.clone();
    url.pathname = rest;
    return NextResponse.redirect(url, 308);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-atlas-lang", lang);
  headers.set("x-atlas-path", `${rest}${search}`);
  headers.set("Content-Security-Policy", csp);
  // Unprefixed (English) paths reach the [lang] routes through next.config's rewrites, which
  // stay inside the server (a rewrite from here may be sent out over HTTP as a proxy request).
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  res.headers.set("Content-Language", lang === "zh" ? "zh-Hans" : lang);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
