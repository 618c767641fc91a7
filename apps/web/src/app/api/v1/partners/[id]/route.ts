// GET /api/v1/partners/{id}?asOf= — a partner's whole profile for a date.
import { json, NotFound, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import * as api from "@/server/api";
import { recordsField, respond } from "@/server/respond";
import { today } from "@/server/atlas";

export async function GET(request: Request, ctx: RouteContext<"/api/v1/partners/[id]">) {
  return respond(request, async (info) => {
    const sp = new URL(request.url).searchParams;
    const id = take(parseParam("id", P.id.schema, (await ctx.params).id));
    const asOf = take(parseParam("asOf", P.asOf.schema, one(sp.get("asOf")))) ?? today();
    const body = await api.profile(id, asOf);
    if (!body) throw new NotFound(`There is no partner "${id}"`);
    return json({ ...body, records: recordsField(info) });
  });
}
