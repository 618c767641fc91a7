// GET /api/v1/search?q= — partners, instruments, agreements and projects matching words.
import { handle, json, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import * as api from "@/server/api";

export async function GET(request: Request) {
  return handle(async () => {
    const q = take(parseParam("q", P.q.schema, one(new URL(request.url).searchParams.get("q"))));
    return json(await api.search(q));
  });
}
