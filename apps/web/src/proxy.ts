// Runs before every route: answers what no page should (a wrong method, an unknown partner or
// instrument, a client over its rate), sends English to its unprefixed address, and marks a
// dated profile for its cached route (next.config's rewrites read the marks). Deciding here
// keeps unknown addresses out of the route cache and gives every 404 a real HTML page (a 404
// raised while rendering is an empty shell).
import { IsoDate } from "@partnership-atlas/core";
import { NextRequest, NextResponse } from "next/server";
import { env } from "./env";
import { type Lang, splitLangPath } from "./i18n/languages";
import {
  DATED_HEADER,
  HOME_FILTERED_HEADER,
  HOME_HEADER,
  MAP_DATE_HEADER,
  MAP_SUBJECT_HEADER,
  MISSING_HEADER,
  NOT_FOUND_LANG_HEADER,
} from "./lib/routing-headers";
import { RateLimiter } from "./lib/rate-limit";
import { InstrumentCodeParam, PartnerIdParam } from "./lib/params";
import { mapView } from "./map/query";
import { instrumentCodes, partnerIds, today } from "./server/atlas";

const READ_METHODS = new Set(["GET", "HEAD"]);
const ALLOW = "GET, HEAD, OPTIONS";


const limiter = new RateLimiter(env.ATLAS_RATE_LIMIT);
const ROUTING_HEADERS = [DATED_HEADER, HOME_HEADER, HOME_FILTERED_HEADER, MISSING_HEADER, NOT_FOUND_LANG_HEADER, MAP_SUBJECT_HEADER, MAP_DATE_HEADER];
/** Requests rebuilt without a client's routing headers: passed on with their own headers, always. */
const cleaned = new WeakSet<NextRequest>();

function isData(rest: string, prefixed: boolean): boolean {
  return !prefixed && /^\/(api|data|feeds)(\/|$)/.test(rest);
}

function html(status: number, title: string, text: string, headers: Record<string, string>): NextResponse {
  const body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} · Partnership Atlas</title></head><body><h1>${title}</h1><p>${text}</p><p><a href="/">Partnership Atlas</a></p></body></html>`;
  return new NextResponse(body, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

function json(status: number, code: string, message: string, headers: Record<string, string>): NextResponse {
  return NextResponse.json({ error: { status, code, message } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

function wrongMethod(request: NextRequest, data: boolean): NextResponse {
  const headers = { Allow: ALLOW };
  if (request.method === "OPTIONS") return new NextResponse(null, { status: 204, headers });
  const message = `${request.method} is not allowed here: this address answers ${ALLOW}.`;
  return data ? json(405, "method-not-allowed", message, headers) : html(405, "Method not allowed", message, headers);
}

/** The client a rate applies to: the address the nearest proxy (or Next.js, from the socket) put last in X-Forwarded-For. */
function clientAddress(request: NextRequest): string {
  const hops = (request.headers.get("x-forwarded-for") ?? "").split(",");
  return hops[hops.length - 1]?.trim() || "unknown";
}

/** Routes whose answer is computed per request (or per date), which one client could saturate. */
function isExpensive(rest: string, data: boolean, dated: boolean): boolean {
  return data || dated || /^\/(compare|search|instruments|map|embed)(\/|$)/.test(rest);
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Where an unknown page goes: next.config rewrites it to the 404 page, in the address's language. */
function notFound(request: NextRequest, lang: Lang): NextResponse {
  return withHeaders(request, { [NOT_FOUND_LANG_HEADER]: lang, [MISSING_HEADER]: "1" });
}

/**
 * Lets the request through with request headers set for next.config's rewrites. (A rewrite from
 * here would be sent on over HTTP when Next's URL for the request differs from its own address,
 * as it does when bound to 127.0.0.1; a header read by a config rewrite stays in the process.)
 */
function withHeaders(request: NextRequest, set: Record<string, string>): NextResponse {
  if (Object.keys(set).length === 0 && !cleaned.has(request)) return NextResponse.next();
  const headers = new Headers(request.headers);
  for (const [k, v] of Object.entries(set)) headers.set(k, v);
  return NextResponse.next({ request: { headers } });
}

/** Lets the request through; in a prefixed language, names it for a 404 no route serves (`/es/x`). */
function pass(request: NextRequest, lang: Lang, prefixed: boolean): NextResponse {
  return withHeaders(request, prefixed ? { [NOT_FOUND_LANG_HEADER]: lang } : {});
}

async function route(request: NextRequest): Promise<NextResponse> {
  // The routing headers are ours to set: a client's own are dropped before anything reads them.
  if (ROUTING_HEADERS.some((h) => request.headers.has(h))) {
    const headers = new Headers(request.headers);
    for (const h of ROUTING_HEADERS) headers.delete(h);
    const clean = new NextRequest(request.url, { method: request.method, headers });
    cleaned.add(clean);
    return route(clean);
  }
  const { pathname } = request.nextUrl;
  const { lang, rest, prefixed } = splitLangPath(pathname);
  const data = isData(rest, prefixed);
  if (!READ_METHODS.has(request.method)) return wrongMethod(request, data);
  if (data && /^\/(api|data|feeds)\/?$/.test(rest)) {
    return json(404, "not-found", `There is nothing at ${rest}; the API is described at /api/v1/openapi.json`, {});
  }

  const asOfRaw = request.nextUrl.searchParams.get("asOf");
  const profile = /^\/partners\/([^/]+)(\/.*)?$/.exec(rest);
  // A dated profile or home page, and a filtered home page, are computed per date or per request;
  // records as recorded on a past moment are rebuilt per request, on any page.
  const recordedOn = request.nextUrl.searchParams.has("recordedOn");
  const dated = (profile !== null && asOfRaw !== null) || (rest === "/" && request.nextUrl.search !== "") || recordedOn;
  if (limiter.rate > 0 && isExpensive(rest, data, dated)) {
    const decision = limiter.take(clientAddress(request), Date.now());
    if (!decision.allowed) {
      const headers = { "Retry-After": String(decision.retryAfter) };
      const message = `Too many requests from your address: at most ${limiter.rate} per second here. Try again in ${decision.retryAfter} s.`;
      return data ? json(429, "rate-limited", message, headers) : html(429, "Too many requests", message, headers);
    }
  }
  if (data) return withHeaders(request, {});
  if (prefixed && lang === "en") {
    // English has no language prefix: `/en/…` redirects to the unprefixed address, one address per page.
    const url = request.nextUrl.clone();
    url.pathname = rest;
    return NextResponse.redirect(url, 308);
  }
  // A root-level file (`/package.json`, `/.env`) is none of ours except the icon.
  if (!prefixed && /^\/[^/]*\./.test(rest) && rest !== "/icon.svg") return notFound(request, lang);

  // The home page's internal routes are not addresses of their own.
  if (/^\/home(\/|$)/.test(rest)) return notFound(request, lang);
  if (rest === "/") {
    // Home for a date is a cached route per date (today's when none is asked); any filter, sort
    // or unreadable date goes to the route rendered per request, which keeps the query.
    const asOf = asOfRaw === null ? null : IsoDate.safeParse(asOfRaw);
    const date = asOf?.success ? asOf.data : today();
    const onlyDate = [...request.nextUrl.searchParams.keys()].every((k) => k === "asOf") && (asOf === null || asOf.success);
    return withHeaders(request, { [onlyDate ? HOME_HEADER : HOME_FILTERED_HEADER]: date, ...(prefixed ? { [NOT_FOUND_LANG_HEADER]: lang } : {}) });
  }
  if (profile) {
    const id = decode(profile[1] ?? "");
    // Only `/partners/<id>` is a page; the routes below it are internal.
    if (profile[2] || id === null || !PartnerIdParam.safeParse(id).success || !(await partnerIds()).has(id)) {
      return notFound(request, lang);
    }
    const asOf = asOfRaw === null ? null : IsoDate.safeParse(asOfRaw);
    if (asOf?.success && !recordedOn) {
      // A valid date is served by the cached dated route; an unreadable one falls through to
      // the on-demand page that says so (next.config's rewrite).
      return withHeaders(request, { [DATED_HEADER]: asOf.data, ...(prefixed ? { [NOT_FOUND_LANG_HEADER]: lang } : {}) });
    }
    return pass(request, lang, prefixed);
  }
  if (rest === "/map") {
    // A readable view is served by its cached route; anything else by the page that explains it.
    const view = mapView(request.nextUrl.searchParams, today(), await instrumentCodes());
    if (!view) return pass(request, lang, prefixed);
    return withHeaders(request, { [MAP_SUBJECT_HEADER]: view.subject, [MAP_DATE_HEADER]: view.date, ...(prefixed ? { [NOT_FOUND_LANG_HEADER]: lang } : {}) });
  }
  // The routes below /map are internal.
  if (rest.startsWith("/map/")) return notFound(request, lang);
  const instrument = /^\/instruments\/([^/]+)(\/.*)?$/.exec(rest);
  if (instrument) {
    const code = decode(instrument[1] ?? "")?.toUpperCase();
    if (instrument[2] || !code || !InstrumentCodeParam.safeParse(code).success || !(await instrumentCodes()).has(code)) {
      return notFound(request, lang);
    }
  }
  return pass(request, lang, prefixed);
}

function overHttps(request: NextRequest): boolean {
  return request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const response = await route(request);
  if (env.ATLAS_HSTS === "on" || (env.ATLAS_HSTS === "auto" && overHttps(request))) {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

// Every address but the framework's own static files.
export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
