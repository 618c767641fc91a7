// GET /api/v1/search?q= — partners, instruments, agreements and projects matching words, in the
// current records (the store's search index holds no history, so `recordedOn` is refused).
import { json, ParameterError, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import * as api from "@/server/api";
import { recordsField, respond } from "@/server/respond";

export async function GET(request: Request) {
  return respond(request, async (info) => {
    if (info.recordedOn !== null) {
      throw new ParameterError({ parameter: "recordedOn", message: "recordedOn is not available for search, which covers the current records only; search without it" });
    }
    const q = take(parseParam("q", P.q.schema, one(new URL(request.url).searchParams.get("q"))));
    return json({ ...(await api.search(q)), records: recordsField(info) });
  });
}
