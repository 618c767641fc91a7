// GET /api/v1/instruments/{code}?asOf= — an instrument and who in the data ratified it.
import { json, NotFound, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import * as api from "@/server/api";
import { recordsField, respond } from "@/server/respond";
import { today } from "@/server/atlas";

export async function GET(request: Request, ctx: RouteContext<"/api/v1/instruments/[code]">) {
  return respond(request, async (info) => {
    const sp = new URL(request.url).searchParams;
    const code = take(parseParam("code", P.code.schema, (await ctx.params).code));
    const asOf = take(parseParam("asOf", P.asOf.schema, one(sp.get("asOf")))) ?? today();
    const body = await api.instrument(code, asOf);
    if (!body) throw new NotFound(`There is no instrument "${code}"`);
    return json({ ...body, records: recordsField(info) });
  });
}
