// GET /feeds/changes.atom — the latest changes to the records, as an Atom feed.
import { atomFeed, atomResponse } from "@/server/feeds";
import { respond } from "@/server/respond";

export async function GET(request: Request) {
  return respond(request, async () => atomResponse(await atomFeed({ kind: "all" }, new URL(request.url).origin)));
}
