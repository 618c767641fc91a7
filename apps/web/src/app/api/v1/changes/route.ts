// GET /api/v1/changes?since=<revision> — what changed after a revision (records added, changed,
// removed, with their new content), paged; a client syncs by passing the revision it holds.
import { json, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import * as api from "@/server/api";
import { respond } from "@/server/respond";

export async function GET(request: Request) {
  return respond(request, async () => {
    const sp = new URL(request.url).searchParams;
    const since = take(parseParam("since", P.since.schema, one(sp.get("since"))));
    const until = take(parseParam("until", P.until.schema, one(sp.get("until"))));
    const cursor = take(parseParam("cursor", P.cursor.schema, one(sp.get("cursor"))));
    return json(await api.changes(since, until, cursor));
  });
}
