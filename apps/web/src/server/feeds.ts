// Atom feeds of changes — all, one partner's, one instrument's — whose entries are the sentences
// core's describeChange gives, linking to the page they concern and carrying the curator's note.
import "server-only";
import { Feed } from "feed";
import { changeEntries, type ChangeEntry } from "./recorded";

/** Entries per feed. */
export const FEED_ENTRIES = 50;

export type FeedScope = { kind: "all" } | { kind: "partner"; id: string; name: string } | { kind: "instrument"; code: string; title: string };

/** The feed's own path, for links (`<link rel="alternate">` on pages, `rel="self"` in the feed). */
export function feedPath(scope: FeedScope): string {
  switch (scope.kind) {
    case "all":
      return "/feeds/changes.atom";
    case "partner":
      return `/feeds/partners/${scope.id}.atom`;
    case "instrument":
      return `/feeds/instruments/${scope.code}.atom`;
  }
}

/** The page a change is about: its partner's profile, else its instrument's page, else the home page. */
function pageOf(e: ChangeEntry): string {
  const partner = e.concerns.partners[0];
  if (partner) return `/partners/${partner}`;
  const instrument = e.concerns.instruments[0];
  return instrument ? `/instruments/${instrument}` : "/";
}

/** The feed as Atom 1.0 text; `origin` is the site's address as the request reached it. */
export async function atomFeed(scope: FeedScope, origin: string): Promise<string> {
  const keep =
    scope.kind === "partner"
      ? (e: ChangeEntry) => e.concerns.partners.includes(scope.id)
      : scope.kind === "instrument"
        ? (e: ChangeEntry) => e.concerns.instruments.includes(scope.code)
        : undefined;
  const entries = await changeEntries(FEED_ENTRIES, keep);
  const self = `${origin}${feedPath(scope)}`;
  const title =
    scope.kind === "all" ? "Partnership Atlas: changes to the records" : scope.kind === "partner" ? `Partnership Atlas: changes for ${scope.name}` : `Partnership Atlas: changes for ${scope.code} ${scope.title}`;
  const feed = new Feed({
    id: self,
    title,
    link: `${origin}${scope.kind === "partner" ? `/partners/${scope.id}` : scope.kind === "instrument" ? `/instruments/${scope.code}` : "/"}`,
    updated: entries[0] ? new Date(entries[0].at) : new Date(0),
    generator: "Partnership Atlas",
    copyright: "Records of the Partnership Atlas; each fact cites its source.",
    feedLinks: { atom: self },
    author: { name: "Partnership Atlas curators" },
  });
  for (const e of entries) {
    const link = `${origin}${pageOf(e)}`;
    feed.addItem({
      title: e.sentence,
      id: `${origin}/feeds/changes/${e.id}`,
      link,
      date: new Date(e.at),
      description: e.note ?? e.sentence,
      content: [e.sentence, e.note ? `Curator's note: ${e.note}` : null, e.revision === null ? null : `Revision ${e.revision}; the records as they stood: ${link}?recordedOn=r${e.revision}`]
        .filter((x) => x !== null)
        .join("\n"),
      author: [{ name: e.actor }],
    });
  }
  return feed.atom1();
}

export function atomResponse(text: string): Response {
  return new Response(text, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
