// English has no language prefix: `/en/…` redirects to the unprefixed address, one address per page.
import { type NextRequest, NextResponse } from "next/server";
import { splitLangPath } from "./i18n/languages";

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = splitLangPath(request.nextUrl.pathname).rest;
  return NextResponse.redirect(url, 308);
}

// Only the addresses it redirects, so every other request skips it.
export const config = {
  matcher: ["/en", "/en/:path*"],
};
